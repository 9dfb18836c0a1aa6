#!/usr/bin/env bash
# Regenerates the Gradle (JUnit 4, and JUnit 5 through JUnit 4's JUnitPlatform runner) fixtures in
# __fixtures__/reports/gradle/. Needs Debian's gradle (4.4.1), junit4, junit5 and a JDK
# (apt-get install -y gradle junit4 junit5 default-jdk-headless). Runs offline: the dependencies
# are Debian's jars (build.gradle). Some tests fail ON PURPOSE; the build ignores their failures.
# Then, in a run of its own (task testNesting), nesting/ from src/nesting/java: @Nested classes
# marked in class names and display names.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/gradle"
cd "$HERE"
rm -rf build .gradle
gradle --offline --no-daemon -g "$HERE/.gradle-home" test testOutputPerTestCase 2>&1 | tee gradle.log
mkdir -p "$REPORTS/output-per-test-case"
rm -f "$REPORTS"/TEST-*.xml "$REPORTS"/output-per-test-case/TEST-*.xml
test -s build/test-results/test/TEST-demo.CartTest.xml || { echo "error: the reports were not produced" >&2; exit 1; }
# The host changes with the machine.
for report in build/test-results/test/TEST-*.xml; do
  sed -E 's/ hostname="[^"]*"/ hostname="fixture-host"/' "$report" > "$REPORTS/$(basename "$report")"
done
sed -E 's/ hostname="[^"]*"/ hostname="fixture-host"/' build/test-results/testOutputPerTestCase/TEST-demo.CartTest.xml \
  > "$REPORTS/output-per-test-case/TEST-demo.CartTest.xml"
ls "$REPORTS" "$REPORTS/output-per-test-case"

rm -rf build
gradle --offline --no-daemon -g "$HERE/.gradle-home" testNesting 2>&1 | tee gradle-nesting.log
test -s build/test-results/testNesting/TEST-TestBd781Inner.xml || { echo "error: the nesting reports were not produced" >&2; exit 1; }
mkdir -p "$REPORTS/nesting"
rm -f "$REPORTS"/nesting/TEST-*.xml
for report in build/test-results/testNesting/TEST-*.xml; do
  sed -E 's/ hostname="[^"]*"/ hostname="fixture-host"/' "$report" > "$REPORTS/nesting/$(basename "$report")"
done
ls "$REPORTS/nesting"
