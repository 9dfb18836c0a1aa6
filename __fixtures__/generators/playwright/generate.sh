#!/usr/bin/env bash
# Regenerates the @playwright/test (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/playwright/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/playwright"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
./node_modules/.bin/playwright test 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "@playwright/test (built-in junit reporter) exited with status $status (non-zero is expected: some tests fail on purpose)"
# The nested describe blocks (nesting-tests/), in a report of their own.
set +e
./node_modules/.bin/playwright test -c playwright.nesting.config.js 2>&1 | tee -a out/run.log
status=${PIPESTATUS[0]}
set -e
echo "playwright test -c playwright.nesting.config.js exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
test -s out/junit-include-retries.xml || { echo "error: out/junit-include-retries.xml was not produced" >&2; exit 1; }
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/playwright-junit.xml"
cp out/junit-include-retries.xml "$REPORTS/playwright-junit-include-retries.xml"
cp out/junit-nesting.xml "$REPORTS/playwright-junit-nesting.xml"
echo "wrote $REPORTS/playwright-junit.xml, $REPORTS/playwright-junit-include-retries.xml and $REPORTS/playwright-junit-nesting.xml"
