#!/usr/bin/env bash
# Regenerates the Groovy (JVM) fixtures in __fixtures__/reports/groovy/: JUnit 4 test classes
# written in Groovy (test/) and a Spock specification (spock/), compiled by groovyc and run by
# Ant's legacy <junit> task with its XML formatter (junit4/, spock/), and by JUnit 5's
# ConsoleLauncher through its vintage engine (console/).
# Needs Debian's groovy, libspock-java, junit4, junit5, ant, ant-optional and a JDK
# (apt-get install -y groovy libspock-java junit4 junit5 ant ant-optional default-jdk-headless).
# Some tests fail ON PURPOSE, so the test commands' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/groovy"
J=/usr/share/java
cd "$HERE"
command -v groovyc >/dev/null 2>&1 || { echo "error: groovyc not found; install it with: apt-get install -y groovy" >&2; exit 1; }
command -v ant >/dev/null 2>&1 || { echo "error: ant not found; install it with: apt-get install -y ant ant-optional" >&2; exit 1; }
command -v java >/dev/null 2>&1 || { echo "error: java not found; install it with: apt-get install -y default-jdk-headless" >&2; exit 1; }
for jar in groovy-all junit4 hamcrest-core spock-core ant-junit ant-junit4 junit-platform-console-standalone; do
  test -f "$J/$jar.jar" || { echo "error: $J/$jar.jar not found; install: apt-get install -y groovy libspock-java junit4 junit5 ant ant-optional" >&2; exit 1; }
done

rm -rf out && mkdir -p out
groovyc -d out/classes src/com/example/shop/*.groovy
groovyc -cp "$J/junit4.jar:out/classes" -d out/test-classes test/com/example/shop/*.groovy
groovyc -cp "$J/junit4.jar:$J/spock-core.jar:out/classes" -d out/spock-classes spock/com/example/shop/*.groovy

set +e
ant -noinput test >out/ant.log 2>&1
echo "ant: exit $?"
# The vintage engine runs the JUnit 4 classes and Spock 0.7's specification (a JUnit 4 runner).
java -jar "$J/junit-platform-console-standalone.jar" \
  --class-path "out/classes:out/test-classes:out/spock-classes:$J/junit4.jar:$J/hamcrest-core.jar:$J/groovy-all.jar:$J/spock-core.jar" \
  --scan-class-path out/test-classes:out/spock-classes \
  --include-classname '.*(Test|Spec)' --reports-dir out/console --disable-banner --details=tree >out/console.log 2>&1
echo "console: exit $?"
set -e
# Each run's own counts, as its console prints them.
grep -E 'Testsuite:|Tests run:' out/ant.log | uniq || true
grep -E '^\[ +[0-9]+ tests (found|skipped|aborted|successful|failed)' out/console.log | tr -s ' ' || true

rm -rf "$REPORTS"/junit4 "$REPORTS"/spock "$REPORTS"/console
copy() { # copy FROM TO: without the JVM's system properties (paths, versions, host), which change with the machine
  test -s "$1" || { echo "error: $1 was not produced" >&2; exit 1; }
  mkdir -p "$(dirname "$2")"
  perl -0pe 's{<properties>.*?</properties>\n?}{}sg; s{hostname="[^"]*"}{hostname="fixture-host"}g' "$1" >"$2"
  echo "wrote $2"
}
copy out/junit4/TEST-com.example.shop.CartTest.xml "$REPORTS/junit4/TEST-com.example.shop.CartTest.xml"
copy out/junit4/TEST-com.example.shop.CartSetupTest.xml "$REPORTS/junit4/TEST-com.example.shop.CartSetupTest.xml"
copy out/spock/TEST-com.example.shop.CartSpec.xml "$REPORTS/spock/TEST-com.example.shop.CartSpec.xml"
copy out/console/TEST-junit-vintage.xml "$REPORTS/console/TEST-junit-vintage.xml"
