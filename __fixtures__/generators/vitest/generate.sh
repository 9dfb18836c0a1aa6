#!/usr/bin/env bash
# Regenerates the vitest (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/vitest/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
# The vitest5 generator runs this script with its own folder and reports
# (VITEST_HERE, VITEST_REPORTS).
set -euo pipefail

HERE="${VITEST_HERE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
REPORTS="${VITEST_REPORTS:-$HERE/../../reports/vitest}"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
mkdir -p "$REPORTS"

# One report: vitest run with CONFIG (empty: vitest.config.js), written by
# it to out/OUT, copied as REPORT. Piped through tee so the tests never see a
# TTY (no colour codes that depend on the terminal the script was started from).
report() {
  local config="$1" out="$2" report="$3" status
  set +e
  ./node_modules/.bin/vitest run ${config:+--config "$config"} 2>&1 | tee "out/run-${out%.xml}.log"
  status=${PIPESTATUS[0]}
  set -e
  echo "vitest ($report) exited with status $status (non-zero is expected: some tests fail on purpose)"
  test -s "out/$out" || { echo "error: out/$out was not produced" >&2; exit 1; }
  cp "out/$out" "$REPORTS/$report"
  echo "wrote $REPORTS/$report"
}

report '' junit.xml vitest-junit.xml
# Reporter options users set.
report vitest.options.config.js junit-options.xml vitest-junit-options.xml
# Nested describe blocks marked on several levels.
report vitest.nesting.config.js junit-nesting.xml vitest-junit-nesting.xml
# One test file run in two projects (test.projects: node and jsdom, jsdom from npm).
report vitest.projects.config.js junit-projects.xml vitest-junit-projects.xml
