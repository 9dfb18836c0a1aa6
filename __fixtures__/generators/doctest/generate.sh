#!/usr/bin/env bash
# Regenerates the doctest (--reporters=junit) fixtures in __fixtures__/reports/doctest/:
# doctest-junit.xml (cart_test.cpp) and doctest-warn.xml (warn_test.cpp).
# Needs Debian's doctest and g++ (apt-get install -y doctest-dev g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/doctest"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test
g++ -std=c++17 warn_test.cpp -o out/warn_test
set +e
# The console run prints doctest's own summary (the JUnit reporter has none).
(cd out && ./cart_test 2>&1 | tee run.log)
(cd out && ./cart_test --reporters=junit --out=doctest-junit.xml)
(cd out && ./warn_test 2>&1 | tee warn.log)
# -r=junit writes to stdout; --duration is the reporter's option of times.
(cd out && ./warn_test -r=junit --duration=true > doctest-warn.xml)
set -e
mkdir -p "$REPORTS"
for report in doctest-junit.xml doctest-warn.xml; do
  test -s "out/$report" || { echo "error: out/$report was not produced" >&2; exit 1; }
  cp "out/$report" "$REPORTS/$report"
  echo "wrote $REPORTS/$report"
done
