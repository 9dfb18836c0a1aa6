#!/usr/bin/env bash
# Regenerates the @web/test-runner + @web/test-runner-junit-reporter JUnit XML fixtures in
# __fixtures__/reports/web-test-runner/: mocha tests as ES modules (test/) in Debian's headless
# chromium through @web/test-runner-chrome (puppeteer-core: no browser download; apt-get install chromium).
# Three runs (web-test-runner.config.js, QASPHERE_WTR_REPORT): default (reportLogs: true),
# nologs (the reporter's defaults), browsers (two Chromium launchers named apart, reportLogs: true).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing a report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/web-test-runner"
cd "$HERE"

test -x /usr/bin/chromium || { echo "error: /usr/bin/chromium is missing: apt-get install chromium" >&2; exit 1; }

# never let puppeteer (or anything else) download a browser
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
for report in default nologs browsers; do
  # Piped through tee so web-test-runner never sees a TTY.
  set +e
  QASPHERE_WTR_REPORT=$report ./node_modules/.bin/web-test-runner 2>&1 | tee "out/run-$report.log"
  status=${PIPESTATUS[0]}
  set -e
  echo "web-test-runner ($report) exited with status $status (non-zero is expected: some tests fail on purpose)"
done

mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.xml
for pair in default:wtr-junit.xml nologs:wtr-junit-nologs.xml browsers:wtr-junit-browsers.xml; do
  from="out/${pair%%:*}/test-results.xml"
  to="$REPORTS/${pair#*:}"
  test -s "$from" || { echo "error: $from was not produced" >&2; exit 1; }
  # The reporter writes paths relative to the project; should one be absolute, name the main checkout.
  sed "s#$HERE#/work/main/__fixtures__/generators/web-test-runner#g" "$from" >"$to"
  echo "wrote $to"
done
