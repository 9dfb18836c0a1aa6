#!/usr/bin/env bash
# Regenerates the CUnit (Automated interface) fixtures in __fixtures__/reports/cunit/.
# Needs Debian's CUnit 2.1-3 and gcc (apt-get install -y libcunit1-dev gcc).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
# CUnit 2.1-3 writes its JUnit XML (CU_automated_enable_junit_xml) into
# <root>-Results.xml, and aborts at the first failed test while writing it
# (CU_translate_special_characters is given no buffer): cunit-abort-Results.xml
# is that file. The other JUnit runs leave out the tests that fail (--passing).
# Each run's console (out/*.log) holds what the tests printed; the Basic
# interface's run (out/basic.log) prints CUnit's own counts.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/cunit"
cd "$HERE"
command -v gcc >/dev/null 2>&1 || { echo "error: gcc not found; install it with: apt-get install -y gcc" >&2; exit 1; }
test -f /usr/include/CUnit/Automated.h || { echo "error: CUnit not found; install it with: apt-get install -y libcunit1-dev" >&2; exit 1; }
rm -rf out && mkdir -p out
gcc -Wall -o out/cart_test cart_test.c -lcunit
set +e
run() {
  local name="$1"
  shift
  (cd out && ./cart_test "$@" >"$name.log" 2>&1)
  echo "$name: exit $?"
}
run basic --basic --init-fails --inactive
sed -n '/Run Summary/,/asserts/p' out/basic.log
run basic-passing --basic --passing --init-fails --inactive
sed -n '/Run Summary/,/asserts/p' out/basic-passing.log
run cunit-abort cunit-abort
run cunit --passing cunit
run cunit-package --passing --package shop.cart cunit-package
run cunit-init-fails --passing --init-fails cunit-init-fails
run cunit-inactive --passing --inactive cunit-inactive
run cunit-hostile-name --passing --hostile cunit-hostile-name
run cunit-automated --cunit-xml --init-fails --inactive cunit-automated
set -e
mkdir -p "$REPORTS"
for name in cunit-abort-Results cunit-Results cunit-package-Results cunit-init-fails-Results cunit-inactive-Results cunit-hostile-name-Results cunit-automated-Results cunit-automated-Listing; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  cp "out/$name.xml" "$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
