#!/usr/bin/env bash
# Regenerates the deno test --junit-path JUnit XML fixture in __fixtures__/reports/deno/.
# deno comes from npm (the `deno` package and its @deno/<platform> binary), so
# nothing is downloaded from elsewhere; the tests import nothing.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/deno"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
set +e
NO_COLOR=1 ./node_modules/.bin/deno test --junit-path=out/junit.xml tests 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
# Nested t.step calls with marked names, from their own folder (not in tests/).
NO_COLOR=1 ./node_modules/.bin/deno test --junit-path=out/junit-nesting.xml nesting_tests >out/run-nesting.log 2>&1
set -e
echo "deno test exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/deno-junit.xml"
echo "wrote $REPORTS/deno-junit.xml"
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
cp out/junit-nesting.xml "$REPORTS/deno-junit-nesting.xml"
echo "wrote $REPORTS/deno-junit-nesting.xml"
