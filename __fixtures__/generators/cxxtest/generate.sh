#!/usr/bin/env bash
# Regenerates the CxxTest (XUnitPrinter) fixtures in __fixtures__/reports/cxxtest/.
# Needs Debian's CxxTest 4.4 and g++ (apt-get install -y cxxtest g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
# cxxtestgen writes a runner per set of options (out/<run>.cpp), built from
# this folder as a project builds it, so the reports name `tests/CartTest.h`.
# The runner writes its report into the current folder (TEST-<world>.xml) and
# prints CxxTest's console (`Failed 15 and Skipped 1 of 21 tests`) beside it.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/cxxtest"
cd "$HERE"
command -v g++ >/dev/null 2>&1 || { echo "error: g++ not found; install it with: apt-get install -y g++" >&2; exit 1; }
command -v cxxtestgen >/dev/null 2>&1 && test -f /usr/include/cxxtest/TestSuite.h || { echo "error: CxxTest not found; install it with: apt-get install -y cxxtest" >&2; exit 1; }
rm -rf out && mkdir -p out
# run NAME REPORT CXXTESTGEN-OPTIONS…: generates, builds and runs one runner;
# REPORT is the file it writes (relative to out/), - for its standard output.
run() {
  local name="$1" report="$2"
  shift 2
  cxxtestgen "$@" -o "out/$name.cpp" tests/CartTest.h tests/CheckoutTest.h
  g++ -Wall -Wno-catch-value -I. -o "out/$name" "out/$name.cpp"
  set +e
  if [ "$report" = - ]; then
    (cd out && "./$name" >"$name.xml" 2>"$name.log")
  else
    (cd out && "./$name" >"$name.log" 2>&1)
    test "$report" = "$name.xml" || mv "out/$report" "out/$name.xml"
  fi
  set -e
  echo "$name: $(grep -E '^(Failed|OK)' "out/$name.log" | tail -n 1)"
}
run cxxtest TEST-cxxtest.xml --xunit-printer
run cxxtest-xunit-file cxxtest-xunit-file.xml --xunit-printer --xunit-file=cxxtest-xunit-file.xml
run cxxtest-world TEST-shop.xml --xunit-printer --world=shop
run cxxtest-abort-on-fail TEST-cxxtest.xml --xunit-printer --abort-on-fail
run cxxtest-runner-xunitprinter TEST-cxxtest.xml --runner=XUnitPrinter
run cxxtest-xmlprinter-stdout - --runner=XmlPrinter
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
for name in cxxtest cxxtest-xunit-file cxxtest-world cxxtest-abort-on-fail cxxtest-runner-xunitprinter cxxtest-xmlprinter-stdout; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  sed "s#$ROOT/#/work/main/#g" "out/$name.xml" >"$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
