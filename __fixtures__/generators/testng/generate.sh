#!/usr/bin/env bash
# Regenerates the TestNG (junitreports, JUnitReportReporter) fixture in __fixtures__/reports/testng/.
# Needs Debian's testng and a JDK (apt-get install -y testng default-jdk-headless).
# Some tests fail ON PURPOSE, so the run's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/testng"
cd "$HERE"
rm -rf build test-output
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
