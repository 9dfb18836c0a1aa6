#!/usr/bin/env bash
# Regenerates the Kotlin (JVM) fixtures in __fixtures__/reports/kotlin/: one Kotlin test project
# run by JUnit 5's ConsoleLauncher (console/, console-capture/), by Ant's <junitlauncher>
# (junitlauncher/ with display names, junitlauncher-legacy-names/ with the legacy names), and its
# JUnit 4 class by Ant's legacy <junit> task (junit4/).
# Needs Debian's kotlin, junit5, junit4, ant, ant-optional and a JDK
# (apt-get install -y kotlin junit5 junit4 ant ant-optional default-jdk-headless).
# Some tests fail ON PURPOSE, so the test commands' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/kotlin"
J=/usr/share/java
cd "$HERE"
command -v kotlinc >/dev/null 2>&1 || { echo "error: kotlinc not found; install it with: apt-get install -y kotlin" >&2; exit 1; }
command -v ant >/dev/null 2>&1 || { echo "error: ant not found; install it with: apt-get install -y ant ant-optional" >&2; exit 1; }
for jar in junit-platform-console-standalone junit-jupiter-api junit-jupiter-params junit4 ant-junitlauncher ant-junit kotlin-stdlib kotlin-test; do
  test -f "$J/$jar.jar" || { echo "error: $J/$jar.jar not found; install: apt-get install -y kotlin junit5 junit4 ant ant-optional" >&2; exit 1; }
done

rm -rf out && mkdir -p out
# The Jupiter tests (src/) and the JUnit 4 class (test4/) apart: the console launcher's vintage
# engine would run the JUnit 4 class too, and fail to without junit4.jar.
kotlinc -jvm-target 1.8 -d out/classes \
  -cp "$J/junit-jupiter-api.jar:$J/junit-jupiter-params.jar:$J/opentest4j.jar:$J/apiguardian-api.jar:$J/kotlin-test.jar" \
  src/com/example/shop/*.kt 2>&1 | grep -v 'Xverify:none' || true
kotlinc -jvm-target 1.8 -d out/classes4 -cp "$J/junit4.jar:out/classes" test4/com/example/shop/*.kt 2>&1 | grep -v 'Xverify:none' || true
test -f out/classes/com/example/shop/CartTest.class -a -f out/classes4/com/example/shop/CartJUnit4Test.class || { echo "error: kotlinc failed" >&2; exit 1; }

RUN_CP="out/classes:$J/kotlin-stdlib.jar:$J/kotlin-test.jar"
set +e
java -jar "$J/junit-platform-console-standalone.jar" --class-path "$RUN_CP" --scan-class-path out/classes \
  --reports-dir out/console --disable-banner --details=tree >out/console.log 2>&1
echo "console: exit $?"
java -jar "$J/junit-platform-console-standalone.jar" --class-path "$RUN_CP" --scan-class-path out/classes \
  --config=junit.platform.output.capture.stdout=true --config=junit.platform.output.capture.stderr=true \
  --reports-dir out/console-capture --disable-banner --details=tree >out/console-capture.log 2>&1
echo "console-capture: exit $?"
ant -noinput test >out/ant.log 2>&1
echo "ant: exit $?"
set -e
# Each run's own counts, as its console prints them.
grep -E '^\[ +[0-9]+ tests (found|skipped|aborted|successful|failed)' out/console.log | tr -s ' ' || true
grep -E 'Tests run:' out/ant.log | sort -u || true

rm -rf "$REPORTS"/console "$REPORTS"/console-capture "$REPORTS"/junitlauncher "$REPORTS"/junitlauncher-legacy-names "$REPORTS"/junit4
copy() { # copy FROM TO: without the JVM's system properties (paths, versions, host), which change with the machine
  test -s "$1" || { echo "error: $1 was not produced" >&2; exit 1; }
  mkdir -p "$(dirname "$2")"
  perl -0pe 's{<properties>.*?</properties>\n?}{}sg; s{hostname="[^"]*"}{hostname="fixture-host"}g' "$1" >"$2"
  echo "wrote $2"
}
copy out/console/TEST-junit-jupiter.xml "$REPORTS/console/TEST-junit-jupiter.xml"
copy out/console-capture/TEST-junit-jupiter.xml "$REPORTS/console-capture/TEST-junit-jupiter.xml"
copy out/junitlauncher/TEST-com.example.shop.CartTest.xml "$REPORTS/junitlauncher/TEST-com.example.shop.CartTest.xml"
copy out/junitlauncher-legacy-names/TEST-com.example.shop.CartTest.xml "$REPORTS/junitlauncher-legacy-names/TEST-com.example.shop.CartTest.xml"
copy out/junit4/TEST-com.example.shop.CartJUnit4Test.xml "$REPORTS/junit4/TEST-com.example.shop.CartJUnit4Test.xml"
