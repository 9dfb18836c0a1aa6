#!/usr/bin/env bash
# Regenerates the @playwright/test (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/playwright/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
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
# The same tests in three projects (projects-tests/, retries: 1), in a report of their own.
set +e
./node_modules/.bin/playwright test -c playwright.projects.config.js 2>&1 | tee -a out/run.log
status=${PIPESTATUS[0]}
set -e
echo "playwright test -c playwright.projects.config.js exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
test -s out/junit-include-retries.xml || { echo "error: out/junit-include-retries.xml was not produced" >&2; exit 1; }
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
test -s out/junit-projects.xml || { echo "error: out/junit-projects.xml was not produced" >&2; exit 1; }
# The stacks hold absolute paths: the repository's folder is written as
# /work/main, as in the committed reports, so the copies do not depend on the checkout.
for name in junit junit-include-retries junit-nesting junit-projects; do
  sed "s#$ROOT/#/work/main/#g" "out/$name.xml" >"$REPORTS/playwright-$name.xml"
done
echo "wrote $REPORTS/playwright-junit.xml, $REPORTS/playwright-junit-include-retries.xml, $REPORTS/playwright-junit-nesting.xml and $REPORTS/playwright-junit-projects.xml"
