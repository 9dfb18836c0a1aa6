#!/usr/bin/env bash
# Regenerates the Maven Surefire fixtures in __fixtures__/reports/maven-surefire/.
# Needs Debian's maven (3.8.7, with Surefire 2.22.3 in /usr/share/maven-repo), junit4, junit5 and a
# JDK (apt-get install -y maven junit4 junit5 default-jdk-headless). Runs offline: `mvn -o` with
# Debian's /usr/share/maven-repo as the local repository (nothing is written to it).
# Three runs of the same pom.xml:
#   1. JUnit 5 (src/test/java) through Surefire's junit-platform provider;
#   2. JUnit 4 (src/rerun/java, profile `rerun`) with -Dsurefire.rerunFailingTestsCount=2: Surefire
#      2.22.3 reruns failing tests only with its JUnit 4 providers;
#   3. JUnit 5 @Nested classes marked in class names and display names (src/nesting/java,
#      -Dshop.testSources=src/nesting/java), written to nesting/ of the reports' folder.
# Some tests fail ON PURPOSE (testFailureIgnore in pom.xml).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/maven-surefire"
cd "$HERE"
MVN=(mvn -o -B -Dmaven.repo.local=/usr/share/maven-repo)
rm -rf target target-reports
mkdir -p target-reports
"${MVN[@]}" test 2>&1 | tee maven.log
cp target/surefire-reports/TEST-*.xml target-reports/
rm -rf target
"${MVN[@]}" -P rerun -Dsurefire.rerunFailingTestsCount=2 test 2>&1 | tee maven-rerun.log
cp target/surefire-reports/TEST-*.xml target-reports/
test -s target-reports/TEST-demo.CartTest.xml || { echo "error: the reports were not produced" >&2; exit 1; }
test -s target-reports/TEST-demo.RerunTest.xml || { echo "error: the rerun report was not produced" >&2; exit 1; }
mkdir -p "$REPORTS"
rm -f "$REPORTS"/TEST-*.xml
# The checkout's path, the booter's temporary names and the run's time change with every run and
# machine: the checkout becomes /work/main.
for report in target-reports/TEST-*.xml; do
  sed -E -e "s#$ROOT#/work/main#g" \
    -e 's/surefirebooter[0-9]+\.jar/surefirebooter0.jar/g' \
    -e 's/ [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9-]+_[0-9]+-jvmRun/ 2000-01-01T00-00-00_000-jvmRun/g' \
    -e 's/surefire[0-9]+tmp/surefire0tmp/g' -e 's/surefire_[0-9]+tmp/surefire_0tmp/g' \
    "$report" > "$REPORTS/$(basename "$report")"
done
rm -rf target target-reports

"${MVN[@]}" -Dshop.testSources=src/nesting/java test 2>&1 | tee maven-nesting.log
test -s target/surefire-reports/TEST-demo.NestingClassNameTest.xml || { echo "error: the nesting reports were not produced" >&2; exit 1; }
mkdir -p "$REPORTS/nesting"
rm -f "$REPORTS"/nesting/TEST-*.xml
for report in target/surefire-reports/TEST-*.xml; do
  sed -E -e "s#$ROOT#/work/main#g" \
    -e 's/surefirebooter[0-9]+\.jar/surefirebooter0.jar/g' \
    -e 's/ [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9-]+_[0-9]+-jvmRun/ 2000-01-01T00-00-00_000-jvmRun/g' \
    -e 's/surefire[0-9]+tmp/surefire0tmp/g' -e 's/surefire_[0-9]+tmp/surefire_0tmp/g' \
    "$report" > "$REPORTS/nesting/$(basename "$report")"
done
rm -rf target
ls "$REPORTS" "$REPORTS/nesting"
