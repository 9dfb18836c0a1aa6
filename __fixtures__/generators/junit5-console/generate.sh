#!/usr/bin/env bash
# Regenerates the JUnit 5 ConsoleLauncher (legacy XML reporter) fixture in __fixtures__/reports/junit5-console/.
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
