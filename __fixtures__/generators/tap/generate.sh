#!/usr/bin/env bash
# Regenerates the node-tap (built-in junit reporter) JUnit XML fixtures in __fixtures__/reports/tap/:
# tap-junit.xml, then tap-junit-nesting.xml (nested marked subtests, test/nesting.test.mjs) in a run of its own.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/tap"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
set +e
./node_modules/.bin/tap --disable-coverage --allow-empty-coverage --reporter=junit --reporter-file=out/tap-junit.xml test/cart.test.mjs test/hooks.test.mjs 2>&1 | tee out/run.log
./node_modules/.bin/tap --disable-coverage --allow-empty-coverage --reporter=tap test/cart.test.mjs test/hooks.test.mjs > out/run.tap 2>&1
status=${PIPESTATUS[0]}
./node_modules/.bin/tap --disable-coverage --allow-empty-coverage --reporter=junit --reporter-file=out/tap-junit-nesting.xml test/nesting.test.mjs > out/run-nesting.log 2>&1
set -e
echo "tap exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/tap-junit.xml || { echo "error: out/tap-junit.xml was not produced" >&2; exit 1; }
cp out/tap-junit.xml "$REPORTS/tap-junit.xml"
echo "wrote $REPORTS/tap-junit.xml"
test -s out/tap-junit-nesting.xml || { echo "error: out/tap-junit-nesting.xml was not produced" >&2; exit 1; }
cp out/tap-junit-nesting.xml "$REPORTS/tap-junit-nesting.xml"
echo "wrote $REPORTS/tap-junit-nesting.xml"
