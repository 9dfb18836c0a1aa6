#!/usr/bin/env bash
# Regenerates the TestCafe JUnit XML fixtures in __fixtures__/reports/testcafe/:
# its built-in xunit reporter and testcafe-reporter-junit, in headless Chromium
# (apt-get install -y chromium), once plainly and once per option that changes
# what the reports hold (--quarantine-mode, --skip-js-errors, --screenshots,
# -c 2). Pages are local files (pages/), so no network is needed. Some tests
# fail ON PURPOSE, so TestCafe's exit code is ignored.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/testcafe"
cd "$HERE"

BROWSER_BIN="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$BROWSER_BIN" ]; then
  echo "error: Chromium is missing: apt-get install -y chromium" >&2
  exit 1
fi
command -v npm >/dev/null || { echo "error: npm is missing: install node.js" >&2; exit 1; }

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out "$REPORTS"
BROWSER="chromium:headless --no-sandbox"

# run NAME [testcafe options...]: one run, its console log in out/NAME.log,
# its reports in out/NAME-xunit.xml and out/NAME-junit.xml.
run() {
  local name=$1
  shift
  set +e
  ./node_modules/.bin/testcafe "$BROWSER" tests/ \
    --reporter "spec,xunit:out/$name-xunit.xml,junit:out/$name-junit.xml" "$@" 2>&1 |
    tee "out/$name.log"
  set -e
  for kind in xunit junit; do
    test -s "out/$name-$kind.xml" || { echo "error: out/$name-$kind.xml was not produced" >&2; exit 1; }
  done
}

run plain
run quarantine --quarantine-mode
run skip-js-errors --skip-js-errors
run screenshots --screenshots takeOnFails=true,path=out/screenshots
run concurrency -c 2

# The plain run in both reporters; each option in the built-in xunit
# reporter (testcafe-reporter-junit writes the same but for the `file`
# attribute), and the quarantine run in both (each writes its attempts).
cp out/plain-xunit.xml "$REPORTS/testcafe-xunit.xml"
cp out/plain-junit.xml "$REPORTS/testcafe-junit.xml"
cp out/quarantine-xunit.xml "$REPORTS/testcafe-xunit-quarantine.xml"
cp out/quarantine-junit.xml "$REPORTS/testcafe-junit-quarantine.xml"
cp out/skip-js-errors-xunit.xml "$REPORTS/testcafe-xunit-skip-js-errors.xml"
cp out/screenshots-xunit.xml "$REPORTS/testcafe-xunit-screenshots.xml"
cp out/concurrency-xunit.xml "$REPORTS/testcafe-xunit-concurrency.xml"
echo "wrote $REPORTS"
