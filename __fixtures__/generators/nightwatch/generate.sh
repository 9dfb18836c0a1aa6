#!/usr/bin/env bash
# Regenerates the Nightwatch JUnit XML fixtures in __fixtures__/reports/nightwatch/: Nightwatch's
# built-in junit reporter (--reporter junit), specs in test/ (its exports-object style and its
# describe/it style) in Debian's headless chromium through Debian's chromedriver
# (apt-get install chromium chromium-driver; webdriver.server_path and goog:chromeOptions.binary
# are given, so Nightwatch downloads no browser or driver), test pages from file:// (pages/).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing a report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/nightwatch"
cd "$HERE"

for binary in /usr/bin/chromium /usr/bin/chromedriver; do
  test -x "$binary" || { echo "error: $binary is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so Nightwatch never sees a TTY.
set +e
./node_modules/.bin/nightwatch --config nightwatch.conf.cjs --reporter junit 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "nightwatch exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.xml
# one file per spec file (7): <BROWSER>_<version>__<spec file name>.xml; a module that never
# started a browser ('@disabled', describe.skip) is <spec file name>.xml
produced=(out/tests_output/*.xml)
test "${#produced[@]}" -eq 7 || { echo "error: expected 7 reports, got: ${produced[*]}" >&2; exit 1; }
for file in "${produced[@]}"; do
  test -s "$file" || { echo "error: $file is empty" >&2; exit 1; }
  cp "$file" "$REPORTS/"
  echo "wrote $REPORTS/$(basename "$file")"
done
