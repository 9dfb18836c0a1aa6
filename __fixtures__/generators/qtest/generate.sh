#!/usr/bin/env bash
# Regenerates the Qt Test (QTestLib, `-o file,junitxml`) fixtures in
# __fixtures__/reports/qtest/qt5/ and qt6/: the same tests built with Qt 5 and
# with Qt 6, whose junitxml reporters write different formats.
# Needs Debian's Qt 5 and Qt 6 base development packages, cmake and g++
# (apt-get install -y qtbase5-dev qt6-base-dev cmake g++).
# Some tests fail or crash ON PURPOSE, so the test commands' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/qtest"
cd "$HERE"

missing=0
command -v cmake >/dev/null 2>&1 || { echo "error: cmake not found; install it with: apt-get install -y cmake" >&2; missing=1; }
command -v g++ >/dev/null 2>&1 || { echo "error: g++ not found; install it with: apt-get install -y g++" >&2; missing=1; }
for major in 5 6; do
  pkg=$([ "$major" = 5 ] && echo qtbase5-dev || echo qt6-base-dev)
  ls /usr/lib/*/cmake/Qt${major}Test/Qt${major}TestConfig.cmake >/dev/null 2>&1 ||
    { echo "error: Qt ${major}'s Test module not found; install it with: apt-get install -y $pkg" >&2; missing=1; }
done
[[ $missing == 0 ]] || exit 1

# Headless; no gdb stack dump of the crashes in the logs.
export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1

# A report without its times, to compare two runs.
timeless() { sed -E 's/ (time|timestamp)="[^"]*"//g' "$1"; }

rm -rf out
for major in 5 6; do
  build="out/qt$major"
  mkdir -p "$build"
  cmake -S . -B "$build" -DQT_MAJOR="$major" >/dev/null
  cmake --build "$build" -j 2 >/dev/null
  (
    cd "$build"
    set +e
    # The console (txt) output as well: Qt's own totals.
    ./cart_test -o cart.xml,junitxml -o -,txt 2>&1 | tee cart.log
    # -junitxml -o FILE writes the same report.
    ./cart_test -junitxml -o cart-flag.xml >/dev/null 2>&1
    # -v2 logs every QCOMPARE/QVERIFY as a message, data rows that passed too.
    ./cart_test -o cart-v2.xml,junitxml -v2 >/dev/null 2>&1
    # Several classes in one executable: with `-o lifecycle.xml,junitxml`
    # each qExec rewrites the file (only the last class is left in it), so
    # each class writes its own (see lifecycle_test.cpp).
    QTEST_REPORT_DIR=. ./lifecycle_test 2>&1 | tee lifecycle.log
    ./lifecycle_test -o lifecycle.xml,junitxml >/dev/null 2>&1
    for mode in throw segfault abort; do
      CRASH_MODE=$mode ./crash_test -o "crash-$mode.xml,junitxml" -o -,txt 2>&1 | tee "crash-$mode.log"
    done
    set -e
  )
  cmp -s <(timeless "$build/cart.xml") <(timeless "$build/cart-flag.xml") ||
    { echo "error: -junitxml -o wrote another report than -o file,junitxml (Qt $major)" >&2; exit 1; }
  cmp -s <(timeless "$build/lifecycle.xml") <(timeless "$build/TestBd142SkipsAll.xml") ||
    { echo "error: lifecycle.xml is not the last class's report (Qt $major)" >&2; exit 1; }
  dest="$REPORTS/qt$major"
  rm -rf "$dest" && mkdir -p "$dest"
  for report in cart.xml cart-v2.xml TestBd144Hooks.xml TestBd148Logs.xml TestBd140SetupFails.xml TestBd142SkipsAll.xml crash-throw.xml crash-segfault.xml; do
    if [ -s "$build/$report" ]; then
      cp "$build/$report" "$dest/$report"
      echo "wrote $dest/$report"
    elif [ "$report" = crash-segfault.xml ] && [ "$major" = 6 ]; then
      # Qt 6 does not write the report of a run that crashed (nor does Qt 5 for abort()).
      echo "Qt $major left $report empty, as expected"
    else
      echo "error: $build/$report was not produced" >&2
      exit 1
    fi
  done
  test ! -s "$build/crash-abort.xml" || { echo "error: Qt $major wrote a report after abort(): look at it" >&2; exit 1; }
done
