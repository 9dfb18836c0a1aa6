#!/usr/bin/env bash
# Regenerates the WebdriverIO + @wdio/junit-reporter JUnit XML fixtures in __fixtures__/reports/wdio/:
# mocha specs (test/specs/) in Debian's headless chromium through Debian's chromedriver
# (apt-get install chromium chromium-driver; wdio downloads no browser or driver when both
# binaries are given), test pages from file:// (pages/), two capabilities (desktop, mobile).
# Two runs: the reporter's defaults (wdio-<cid>-junit-reporter.log), then every reporter
# option that changes the report's shape (QASPHERE_WDIO_REPORT=options, junit-<capability>-<cid>[-retry].xml);
# then nested marked describe blocks (test/nesting/, wdio.nesting.conf.js: one capability, the
# reporter's defaults) in a run of their own (wdio-nesting-junit-reporter.log).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing a report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/wdio"
cd "$HERE"

for binary in /usr/bin/chromium /usr/bin/chromedriver; do
  test -x "$binary" || { echo "error: $binary is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
for report in default options; do
  # login.e2e.js fails on its first run in each capability (it leaves out/first-run-<name>)
  rm -f out/first-run-*
  # Piped through tee so wdio never sees a TTY (no colour codes).
  set +e
  QASPHERE_WDIO_REPORT=$report ./node_modules/.bin/wdio run wdio.conf.js 2>&1 | tee "out/run-$report.log"
  status=${PIPESTATUS[0]}
  set -e
  echo "wdio run ($report reporter options) exited with status $status (non-zero is expected: some tests fail on purpose)"
done

set +e
./node_modules/.bin/wdio run wdio.nesting.conf.js 2>&1 | tee out/run-nesting.log
status=${PIPESTATUS[0]}
set -e
echo "wdio run (nesting) exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.log "$REPORTS"/*.xml
expected=(
  default/wdio-0-0-junit-reporter.log default/wdio-0-1-junit-reporter.log
  default/wdio-1-0-junit-reporter.log default/wdio-1-1-junit-reporter.log
  options/junit-desktop-0-0.xml options/junit-desktop-0-0-retry.xml
  options/junit-desktop-0-1.xml options/junit-desktop-0-1-retry.xml
  options/junit-mobile-1-0.xml options/junit-mobile-1-0-retry.xml
  options/junit-mobile-1-1.xml options/junit-mobile-1-1-retry.xml
)
for file in "${expected[@]}"; do
  test -s "out/$file" || { echo "error: out/$file was not produced" >&2; exit 1; }
  cp "out/$file" "$REPORTS/"
  echo "wrote $REPORTS/$(basename "$file")"
done
test -s out/nesting/wdio-0-0-junit-reporter.log || { echo "error: out/nesting/wdio-0-0-junit-reporter.log was not produced" >&2; exit 1; }
cp out/nesting/wdio-0-0-junit-reporter.log "$REPORTS/wdio-nesting-junit-reporter.log"
echo "wrote $REPORTS/wdio-nesting-junit-reporter.log"
