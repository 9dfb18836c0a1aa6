#!/usr/bin/env bash
# Regenerates the TestNG fixtures in __fixtures__/reports/testng/: junitreports (JUnitReportReporter)
# of testng.xml, and both JUnit reports (JUnitReportReporter, JUnitXMLReporter) of
# testng-browsers.xml (one class run in two <test>s, each with its own "browser" parameter).
# Needs Debian's testng and a JDK (apt-get install -y testng default-jdk-headless).
# Some tests fail ON PURPOSE, so the run's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/testng"
cd "$HERE"
rm -rf build test-output test-output-browsers
CP=/usr/share/java/testng.jar:/usr/share/java/jcommander.jar:/usr/share/java/bsh.jar:/usr/share/java/snakeyaml.jar
mkdir -p build && javac -cp "$CP" -d build src/demo/*.java
set +e
java -cp "$CP:build" org.testng.TestNG -d test-output testng.xml 2>&1 | tee testng.log
set -e
mkdir -p "$REPORTS"
test -s test-output/junitreports/TEST-demo.CartTest.xml || { echo "error: the report was not produced" >&2; exit 1; }
# Object addresses (CartTest@57855c9a) change on every run.
sed -E 's/@[0-9a-f]{6,8}\]/@0]/g' test-output/junitreports/TEST-demo.CartTest.xml > "$REPORTS/TEST-demo.CartTest.xml"
echo "wrote $REPORTS/TEST-demo.CartTest.xml"

# One class in two <test>s (Chrome, Firefox), each with its own "browser" parameter.
set +e
java -cp "$CP:build" org.testng.TestNG -d test-output-browsers testng-browsers.xml 2>&1 | tee testng-browsers.log
set -e
# JUnitReportReporter: one file per class, both <test>s' results in it.
# JUnitXMLReporter: one file per <test>, test-output/<suite>/<test>.xml.
# testng-failed.xml beside them: TestNG's suite file of the failed tests, no report.
for pair in junitreports/TEST-demo.BrowserTest.xml:junitreports CrossBrowser/Chrome.xml:Chrome CrossBrowser/Firefox.xml:Firefox CrossBrowser/testng-failed.xml:testng-failed; do
  from="test-output-browsers/${pair%%:*}" to="$REPORTS/testng-browsers-${pair##*:}.xml"
  test -s "$from" || { echo "error: $from was not produced" >&2; exit 1; }
  sed -E 's/@[0-9a-f]{6,8}\]/@0]/g' "$from" > "$to"
  echo "wrote $to"
done
