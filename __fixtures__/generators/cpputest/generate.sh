#!/usr/bin/env bash
# Regenerates the CppUTest (-ojunit) fixtures in __fixtures__/reports/cpputest/.
# Needs Debian's CppUTest 4.0 and g++ (apt-get install -y cpputest g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
# -ojunit writes one cpputest_<group>.xml per test group into the current
# folder, so each run has its own folder (out/<run>/, then <run>/ in the
# reports). Built from this folder, so the reports name `tests/CartTest.cpp`.
# The crash group kills a run without -p at its first test (Debian's
# CppUTest catches no exception, and no signal), so the runs without -p
# leave it out with -xg crash (run with it, the runner is killed before it
# writes any report: the crash group runs first).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/cpputest"
cd "$HERE"
command -v g++ >/dev/null 2>&1 || { echo "error: g++ not found; install it with: apt-get install -y g++" >&2; exit 1; }
test -f /usr/include/CppUTest/CommandLineTestRunner.h || { echo "error: CppUTest not found; install it with: apt-get install -y cpputest" >&2; exit 1; }
rm -rf out && mkdir -p out
g++ -Wall -o out/tests tests/AllTests.cpp tests/CartTest.cpp tests/CheckoutTest.cpp tests/PaymentTest.cpp tests/CrashTest.cpp -lCppUTest -lCppUTestExt
RUNS=(ojunit separate-process package repeat)
set +e
# -ojunit prints nothing but the tests' own output, so each run's options are
# run again without it (and with -v): that console, CppUTest's own account
# and summary (`Errors (15 failures, 24 tests, …)`), is out/<run>.log. Piped:
# redirected to a file, the log loses lines (a forked test's buffers).
run() {
  local name="$1"
  shift
  mkdir -p "out/$name" "out/$name-console"
  (cd "out/$name" && ../tests -ojunit "$@" >/dev/null 2>&1)
  (cd "out/$name-console" && ../tests -v "$@" 2>&1 | cat >"../$name.log")
  echo "$name: $(grep -E '^(Errors|OK) \(' "out/$name.log" | tail -n 1)"
}
run ojunit -xg crash
run separate-process -p
run package -k shop.cart -xg crash
run repeat -r2 -xg crash
set -e
rm -rf "$REPORTS"/*/
for name in "${RUNS[@]}"; do
  ls "out/$name"/cpputest_*.xml >/dev/null 2>&1 || { echo "error: out/$name/ holds no report" >&2; exit 1; }
  mkdir -p "$REPORTS/$name"
  cp "out/$name"/cpputest_*.xml "$REPORTS/$name/"
  echo "wrote $REPORTS/$name/: $(cd "out/$name" && echo cpputest_*.xml)"
done
