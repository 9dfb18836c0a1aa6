#!/usr/bin/env bash
# Regenerates the karma + karma-junit-reporter JUnit XML fixtures in __fixtures__/reports/karma/:
# mocha tests (karma.conf.js), jasmine specs (karma-jasmine.conf.js) and mocha's
# nested describe blocks (karma-nesting.conf.js, test-nesting/) and the same
# blocks as jasmine specs (karma-jasmine-nesting.conf.js, test-jasmine-nesting/), all in
# jsdom (karma-jsdom-launcher: no browser to download); and the same mocha tests in two
# real browsers in one run (karma-browsers.conf.js, test-browsers/): Debian's headless
# chromium (karma-chrome-launcher) and Firefox ESR (karma-firefox-launcher), no browser
# download (apt-get install chromium firefox-esr). karma-junit-reporter writes one file per
# browser for that run, each copied under a name of its own.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing a report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/karma"
cd "$HERE"

for binary in /usr/bin/chromium /usr/bin/firefox-esr; do
  test -x "$binary" || { echo "error: $binary is missing: apt-get install chromium firefox-esr" >&2; exit 1; }
done

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
for config in karma.conf.js karma-jasmine.conf.js karma-nesting.conf.js karma-jasmine-nesting.conf.js karma-browsers.conf.js; do
  # Piped through tee so karma never sees a TTY (no colour codes).
  set +e
  ./node_modules/.bin/karma start "$config" 2>&1 | tee -a out/run.log
  status=${PIPESTATUS[0]}
  set -e
  echo "karma start $config exited with status $status (non-zero is expected: some tests fail on purpose)"
done

mkdir -p "$REPORTS"
for pair in junit.xml:karma-mocha-junit.xml junit-jasmine.xml:karma-jasmine-junit.xml junit-nesting.xml:karma-mocha-junit-nesting.xml junit-jasmine-nesting.xml:karma-jasmine-junit-nesting.xml; do
  from="out/${pair%%:*}"
  to="$REPORTS/${pair#*:}"
  test -s "$from" || { echo "error: $from was not produced" >&2; exit 1; }
  cp "$from" "$to"
  echo "wrote $to"
done

# karma-browsers.conf.js: one report per browser, named by the reporter after the browser
# (TESTS-Chrome_Headless_<version>_(Linux_0.0.0).xml, TESTS-Firefox_<version>_(Linux_0.0.0).xml).
for pair in 'TESTS-Chrome_Headless_*.xml:karma-mocha-junit-browsers-chromium.xml' 'TESTS-Firefox_*.xml:karma-mocha-junit-browsers-firefox.xml'; do
  from=(out/browsers/${pair%%:*})
  to="$REPORTS/${pair#*:}"
  test "${#from[@]}" -eq 1 && test -s "${from[0]}" || { echo "error: out/browsers/${pair%%:*} was not produced (or more than one)" >&2; exit 1; }
  cp "${from[0]}" "$to"
  echo "wrote $to (from ${from[0]})"
done
