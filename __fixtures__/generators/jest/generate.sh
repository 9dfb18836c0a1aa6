#!/usr/bin/env bash
# Regenerates the jest + jest-junit JUnit XML fixture(s) in __fixtures__/reports/jest/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/jest"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
./node_modules/.bin/jest --ci --runInBand 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "jest + jest-junit exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/jest-junit.xml"
echo "wrote $REPORTS/jest-junit.xml"

# Second report: reporter options users set (jest.options.config.js).
set +e
./node_modules/.bin/jest --ci --runInBand --config jest.options.config.js 2>&1 | tee out/run-options.log
status=${PIPESTATUS[0]}
set -e
echo "jest (options) exited with status $status (non-zero is expected)"
test -s out/junit-options.xml || { echo "error: out/junit-options.xml was not produced" >&2; exit 1; }
cp out/junit-options.xml "$REPORTS/jest-junit-options.xml"
echo "wrote $REPORTS/jest-junit-options.xml"

# Nested describe blocks with markers on both levels, default templates.
set +e
./node_modules/.bin/jest --ci --runInBand --config jest.nesting.config.js 2>&1 | tee out/run-nesting.log
status=${PIPESTATUS[0]}
set -e
echo "jest (nesting) exited with status $status (non-zero is expected)"
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
cp out/junit-nesting.xml "$REPORTS/jest-junit-nesting.xml"
echo "wrote $REPORTS/jest-junit-nesting.xml"
