#!/usr/bin/env bash
# Regenerates the karma + karma-junit-reporter JUnit XML fixtures in __fixtures__/reports/karma/:
# mocha tests (karma.conf.js), jasmine specs (karma-jasmine.conf.js) and mocha's
# nested describe blocks (karma-nesting.conf.js, test-nesting/) and the same
# blocks as jasmine specs (karma-jasmine-nesting.conf.js, test-jasmine-nesting/), all in
# jsdom (karma-jsdom-launcher: no browser to download).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing a report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/karma"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
for config in karma.conf.js karma-jasmine.conf.js karma-nesting.conf.js karma-jasmine-nesting.conf.js; do
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
