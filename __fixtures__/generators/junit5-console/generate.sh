#!/usr/bin/env bash
# Regenerates the JUnit 5 ConsoleLauncher (legacy XML reporter) fixtures in __fixtures__/reports/junit5-console/:
# junit-jupiter.xml from src/, then junit-jupiter-nesting.xml (nested classes marked in display
# names and in class names) from nesting/ in a run of its own.
# Needs Debian's junit5 and a JDK (apt-get install -y junit5 default-jdk-headless).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/junit5-console"
CP=/usr/share/java/junit-platform-console-standalone.jar
cd "$HERE"

rm -rf out
mkdir -p out
javac -d out/classes -cp "$CP" src/*.java
set +e
java -jar "$CP" --class-path out/classes --scan-class-path --reports-dir out/reports --disable-banner --details=tree 2>&1 | tee out/run.log
set -e
mkdir -p "$REPORTS"
test -s out/reports/TEST-junit-jupiter.xml || { echo "error: the report was not produced" >&2; exit 1; }
# The JVM's system properties (paths, versions, hostname) are left out: they change with the machine.
sed '/^<properties>$/,/^<\/properties>$/d' out/reports/TEST-junit-jupiter.xml > "$REPORTS/junit-jupiter.xml"
echo "wrote $REPORTS/junit-jupiter.xml"

javac -d out/nesting-classes -cp "$CP" nesting/*.java
set +e
java -jar "$CP" --class-path out/nesting-classes --scan-class-path --reports-dir out/nesting-reports --disable-banner --details=tree 2>&1 | tee out/nesting-run.log
set -e
test -s out/nesting-reports/TEST-junit-jupiter.xml || { echo "error: the nesting report was not produced" >&2; exit 1; }
sed '/^<properties>$/,/^<\/properties>$/d' out/nesting-reports/TEST-junit-jupiter.xml > "$REPORTS/junit-jupiter-nesting.xml"
echo "wrote $REPORTS/junit-jupiter-nesting.xml"
