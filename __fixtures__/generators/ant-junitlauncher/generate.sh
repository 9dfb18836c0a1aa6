#!/usr/bin/env bash
# Regenerates the Ant <junitlauncher> (JUnit 5, legacy-xml listener) fixtures in
# __fixtures__/reports/ant-junitlauncher/: TEST-demo.CartTest.xml from src/, then (target `nesting`,
# a run of its own) nesting/ from nesting/: @Nested classes marked in class names and display names. Needs Debian's ant, ant-optional, junit5 and a JDK
# (apt-get install -y ant ant-optional junit5 default-jdk-headless).
# Some tests fail ON PURPOSE, so the build's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/ant-junitlauncher"
cd "$HERE"
rm -rf build reports
set +e
ant -noinput test 2>&1 | tee ant.log
set -e
mkdir -p "$REPORTS"
test -s reports/display/TEST-demo.CartTest.xml || { echo "error: the report was not produced" >&2; exit 1; }
# The JVM's system properties (paths, versions, host) are left out: they change with the machine.
perl -0pe 's{<properties>.*?</properties>}{}s' reports/display/TEST-demo.CartTest.xml > "$REPORTS/TEST-demo.CartTest.xml"
echo "wrote $REPORTS/TEST-demo.CartTest.xml"

set +e
ant -noinput nesting 2>&1 | tee ant-nesting.log
set -e
test -s reports/nesting/TEST-demo.NestingClassNameTest.xml || { echo "error: the nesting reports were not produced" >&2; exit 1; }
mkdir -p "$REPORTS/nesting"
rm -f "$REPORTS"/nesting/TEST-*.xml
for report in reports/nesting/TEST-*.xml; do
  perl -0pe 's{<properties>.*?</properties>}{}s' "$report" > "$REPORTS/nesting/$(basename "$report")"
done
ls "$REPORTS/nesting"
