#!/usr/bin/env bash
# Regenerates the bun test --reporter=junit JUnit XML fixtures in __fixtures__/reports/bun/:
# bun-junit.xml from tests/, bun-nesting.xml from nested/ (describe blocks in
# describe blocks, run on their own so that bun-junit.xml stays as it was).
# bun comes from npm (the `bun` package and its @oven/bun-<platform> binary), so
# nothing is downloaded from elsewhere; the tests import only bun:test.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/bun"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
set +e
NO_COLOR=1 ./node_modules/.bin/bun test --reporter=junit --reporter-outfile=out/junit.xml tests 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
NO_COLOR=1 ./node_modules/.bin/bun test --reporter=junit --reporter-outfile=out/nesting.xml ./nested 2>&1 | tee out/nesting.log
nesting_status=${PIPESTATUS[0]}
set -e
echo "bun test exited with status $status, then $nesting_status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
test -s out/nesting.xml || { echo "error: out/nesting.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/bun-junit.xml"
cp out/nesting.xml "$REPORTS/bun-nesting.xml"
echo "wrote $REPORTS/bun-junit.xml and $REPORTS/bun-nesting.xml"
