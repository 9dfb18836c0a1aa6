#!/usr/bin/env bash
# Regenerates __fixtures__/reports/not-junit/: REAL reports written by real
# tools in their OWN XML formats (not JUnit), the files users sometimes point a
# JUnit uploader at by mistake. Each test project is tiny: 3 tests with the
# markers BD-901, BD-902 and BD-903, of which BD-902 fails ON PURPOSE, so the
# test commands' exit codes are ignored.
#
# Usage: generate.sh [format ...]   (no arguments: all of them)
#   formats: catch2 boost-test qtest ctest testng nunit coverage checkstyle
#
# Debian packages needed (apt-get install -y ...):
#   catch2       catch2 g++                       (Catch2 2.13.10, -r xml)
#   boost-test   libboost-test-dev g++            (Boost.Test 1.74, --log_format=XML, --report_format=XML)
#   qtest        qtbase5-dev qt6-base-dev cmake g++  (Qt 5.15 and Qt 6.4, -o file,xml)
#   ctest        cmake                            (CTest 3.25, -T Test -> Testing/<tag>/Test.xml)
#   testng       testng default-jdk-headless      (TestNG 6.9.12, testng-results.xml)
#   nunit        nunit-console libnunit-cil-dev mono-mcs  (NUnit 2.6.4, TestResult.xml)
#   coverage     python3-coverage                 (coverage.py 6.5, `coverage xml`: Cobertura)
#   checkstyle   checkstyle                       (Checkstyle 8.36.1, -f xml)
#
# The projects are copied to and built in a fixed work directory
# ($NOT_JUNIT_WORK, default /tmp/not-junit-fixtures), so the absolute paths that
# some tools write into their reports do not depend on where the repo is.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$(cd "$HERE/../.." && pwd)/reports/not-junit"
WORK="${NOT_JUNIT_WORK:-/tmp/not-junit-fixtures}"
ALL=(catch2 boost-test qtest ctest testng nunit coverage checkstyle)
if [ "$#" -gt 0 ]; then formats=("$@"); else formats=("${ALL[@]}"); fi

mkdir -p "$REPORTS"

need() { # need PACKAGE COMMAND-OR-FILE...
  local pkg="$1"; shift
  for what in "$@"; do
    if [[ "$what" == /* ]]; then ls $what >/dev/null 2>&1 && continue
    else command -v "$what" >/dev/null 2>&1 && continue; fi
    echo "error: $what not found; install it with: apt-get install -y $pkg" >&2
    return 1
  done
}

# fresh DIR: a clean copy of the generator's DIR/ in the work directory.
fresh() { rm -rf "${WORK:?}/$1" && mkdir -p "$WORK" && cp -r "$HERE/$1" "$WORK/$1" && cd "$WORK/$1"; }

# keep SRC DEST: copy a produced report into the fixtures, failing if it is missing.
keep() {
  test -s "$1" || { echo "error: $1 was not produced" >&2; return 1; }
  cp "$1" "$REPORTS/$2"
  echo "wrote $REPORTS/$2 (root <$(root_of "$REPORTS/$2")>)"
}

# The name of a file's root element (first start tag that is not <?, <!).
root_of() { grep -o '<[A-Za-z_][A-Za-z0-9_.:-]*' "$1" | head -n1 | cut -c2-; }

gen_catch2() {
  need catch2 g++ /usr/include/catch2/catch.hpp || return 1
  fresh catch2
  g++ -std=c++17 cart_test.cpp -o cart_test
  ./cart_test -r xml -o catch2.xml || true
  keep catch2.xml catch2.xml
}

gen_boost-test() {
  need libboost-test-dev g++ /usr/include/boost/test/included/unit_test.hpp || return 1
  fresh boost-test
  g++ -std=c++17 cart_test.cpp -o cart_test
  ./cart_test --log_format=XML --log_level=all --log_sink=boost-test-log.xml \
    --report_format=XML --report_level=detailed --report_sink=boost-test-report.xml || true
  keep boost-test-log.xml boost-test-log.xml
  keep boost-test-report.xml boost-test-report.xml
}

gen_qtest() {
  need cmake cmake || return 1
  need g++ g++ || return 1
  need qtbase5-dev '/usr/lib/*/cmake/Qt5Test/Qt5TestConfig.cmake' || return 1
  need qt6-base-dev '/usr/lib/*/cmake/Qt6Test/Qt6TestConfig.cmake' || return 1
  fresh qtest
  for major in 5 6; do
    cmake -S . -B "build-qt$major" -DQT_MAJOR="$major" >/dev/null
    cmake --build "build-qt$major" -j 2 >/dev/null
    (cd "build-qt$major" && QT_QPA_PLATFORM=offscreen ./cart_test -o "qtest-qt$major.xml,xml" -o -,txt) || true
    keep "build-qt$major/qtest-qt$major.xml" "qtest-qt$major.xml"
  done
}

gen_ctest() {
  need cmake cmake ctest || return 1
  fresh ctest
  cmake -S . -B build >/dev/null
  (cd build && ctest -T Test) || true
  # The tag directory is named after the run's time (e.g. 20250101-1200).
  keep "build/Testing/$(head -n1 build/Testing/TAG)/Test.xml" ctest-Test.xml
}

gen_testng() {
  need testng /usr/share/java/testng.jar || return 1
  need default-jdk-headless javac java || return 1
  fresh testng
  local cp=/usr/share/java/testng.jar:/usr/share/java/jcommander.jar:/usr/share/java/bsh.jar:/usr/share/java/snakeyaml.jar
  mkdir -p build && javac -cp "$cp" -d build src/demo/*.java
  java -cp "$cp:build" org.testng.TestNG -d test-output testng.xml || true
  keep test-output/testng-results.xml testng-results.xml
}

gen_nunit() {
  need nunit-console nunit-console || return 1
  need mono-mcs mcs || return 1
  need libnunit-cil-dev '/usr/lib/cli/nunit.framework-2.6*/nunit.framework.dll' || return 1
  fresh nunit
  local fw
  fw="$(ls /usr/lib/cli/nunit.framework-2.6*/nunit.framework.dll | head -n1)"
  mcs -target:library -r:"$fw" -out:CartTest.dll CartTest.cs
  nunit-console CartTest.dll -nologo -result=TestResult.xml || true
  keep TestResult.xml nunit2-TestResult.xml
}

gen_coverage() {
  need python3-coverage python3-coverage || return 1
  fresh coverage-py
  python3-coverage run --source=. -m unittest test_cart || true
  python3-coverage xml -o coverage.xml
  keep coverage.xml coverage-cobertura.xml
}

gen_checkstyle() {
  need checkstyle checkstyle || return 1
  fresh checkstyle
  checkstyle -c checks.xml -f xml -o checkstyle.xml src/demo/Cart.java || true
  keep checkstyle.xml checkstyle.xml
}

ok=() failed=()
for f in "${formats[@]}"; do
  echo "=== $f"
  rc=1
  if declare -F "gen_$f" >/dev/null; then
    # Not in an `if` condition, where bash would ignore set -e in the function.
    set +e; ( set -e; "gen_$f" ); rc=$?; set -e
  else
    echo "error: unknown format $f (known: ${ALL[*]})" >&2
  fi
  if [ "$rc" -eq 0 ]; then ok+=("$f"); else failed+=("$f"); echo "=== $f: FAILED" >&2; fi
done
echo
echo "succeeded (${#ok[@]}): ${ok[*]:-none}"
echo "failed (${#failed[@]}): ${failed[*]:-none}"
[ "${#failed[@]}" -eq 0 ]
