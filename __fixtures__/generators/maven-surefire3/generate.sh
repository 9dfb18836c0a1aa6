#!/usr/bin/env bash
# Regenerates the Maven Surefire 3 fixtures in __fixtures__/reports/maven-surefire3/.
# Needs Maven (Debian's maven 3.8.7), a JDK 17 and, in the local repository (~/.m2/repository, or
# $MAVEN_REPO), maven-surefire-plugin 3.5.6 with its junit-platform provider, junit-jupiter 5.14.4
# (api, params, engine; platform 1.14.4), maven-compiler-plugin 3.13.0, maven-resources-plugin 3.3.1
# and plexus-utils 3.5.1. Runs offline: `mvn -o` (nothing is downloaded).
# Four runs of the same pom.xml, two into each of the reports' subfolders:
#   default/  Surefire's default report (no reporter configured):
#     1. every test class but FlakyTest;
#     2. FlakyTest alone, with -Dsurefire.rerunFailingTestsCount=2 (Surefire 3 reruns JUnit 5 tests);
#   phrased/  the same two runs with -P phrased: the JUnit5Xml30StatelessReporter with
#     usePhrasedTestSuiteClassName, usePhrasedTestCaseClassName and usePhrasedTestCaseMethodName
#     (JUnit 5's display names in the report).
# Some tests fail ON PURPOSE (testFailureIgnore in pom.xml).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/maven-surefire3"
REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
cd "$HERE"
command -v mvn >/dev/null || { echo "error: mvn is missing (apt-get install -y maven)" >&2; exit 1; }
command -v java >/dev/null || { echo "error: java is missing (a JDK 17)" >&2; exit 1; }
for jar in org/apache/maven/plugins/maven-surefire-plugin/3.5.6/maven-surefire-plugin-3.5.6.jar \
  org/apache/maven/surefire/surefire-junit-platform/3.5.6/surefire-junit-platform-3.5.6.jar \
  org/junit/jupiter/junit-jupiter-engine/5.14.4/junit-jupiter-engine-5.14.4.jar \
  org/junit/jupiter/junit-jupiter-params/5.14.4/junit-jupiter-params-5.14.4.jar \
  org/codehaus/plexus/plexus-utils/3.5.1/plexus-utils-3.5.1.jar; do
  test -s "$REPO/$jar" || { echo "error: $REPO/$jar is missing (mvn -o runs offline)" >&2; exit 1; }
done
MVN=(mvn -o -B "-Dmaven.repo.local=$REPO")

# run <subfolder> <maven arguments…>: one Maven run, its reports copied into <subfolder>.
run() {
  local dir="$1"
  shift
  rm -rf target
  "${MVN[@]}" "$@" test 2>&1 | tee "maven-$dir.log"
  grep -q "BUILD SUCCESS" "maven-$dir.log" || { echo "error: the Maven run failed" >&2; exit 1; }
  ls target/surefire-reports/TEST-*.xml >/dev/null || { echo "error: the reports were not produced" >&2; exit 1; }
  mkdir -p "$REPORTS/$dir"
  # The checkout's path, the booter's temporary names, the run's time and the local repository
  # change with every run and machine: the checkout becomes /work/main, the repository
  # /root/.m2/repository.
  for report in target/surefire-reports/TEST-*.xml; do
    sed -E -e "s#$ROOT#/work/main#g" -e "s#$REPO#/root/.m2/repository#g" \
      -e 's/surefirebooter-[0-9_]+\.jar/surefirebooter-0.jar/g' \
      -e 's/ [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9-]+_[0-9]+-jvmRun/ 2000-01-01T00-00-00_000-jvmRun/g' \
      -e 's/surefire[0-9]+tmp/surefire0tmp/g' -e 's/surefire_[0-9]+tmp/surefire_0tmp/g' \
      "$report" > "$REPORTS/$dir/$(basename "$report")"
  done
}

rm -rf "$REPORTS/default" "$REPORTS/phrased"
run default '-Dtest=!FlakyTest'
run default -Dtest=FlakyTest -Dsurefire.rerunFailingTestsCount=2
run phrased -P phrased '-Dtest=!FlakyTest'
run phrased -P phrased -Dtest=FlakyTest -Dsurefire.rerunFailingTestsCount=2
rm -rf target maven-*.log
ls "$REPORTS/default" "$REPORTS/phrased"
