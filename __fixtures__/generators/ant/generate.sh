#!/usr/bin/env bash
# Regenerates the Apache Ant <junit> (JUnit 4, XML formatter) + <junitreport> fixture in
# __fixtures__/reports/ant/. Needs Debian's ant, ant-optional, junit4 and a JDK
# (apt-get install -y ant ant-optional junit4 default-jdk-headless).
# Some tests fail ON PURPOSE, so the build's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/ant"
cd "$HERE"
rm -rf build reports
set +e
ant -noinput test 2>&1 | tee ant.log
set -e
mkdir -p "$REPORTS"
test -s reports/TESTS-TestSuites.xml || { echo "error: the report was not produced" >&2; exit 1; }
# The JVM's system properties (paths, versions) and the host are left out: they change with the machine.
perl -0pe 's{<properties>.*?</properties>}{}sg; s{hostname="[^"]*"}{hostname="fixture-host"}g' reports/TESTS-TestSuites.xml > "$REPORTS/TESTS-TestSuites.xml"
echo "wrote $REPORTS/TESTS-TestSuites.xml"
