#!/usr/bin/env bash
# Regenerates the googletest (--gtest_output=xml) fixtures in __fixtures__/reports/googletest/:
# googletest.xml (cart_test.cpp) and googletest-shapes.xml (shapes_test.cpp, sku.cpp).
# Needs Debian's googletest and g++ (apt-get install -y libgtest-dev g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/googletest"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test -lgtest -lgtest_main -pthread
g++ -std=c++17 shapes_test.cpp sku.cpp -o out/shapes_test -lgtest -lgtest_main -pthread
set +e
./out/cart_test --gtest_output=xml:out/googletest.xml 2>&1 | tee out/run.log
./out/shapes_test --gtest_output=xml:out/googletest-shapes.xml 2>&1 | tee out/shapes.log
set -e
mkdir -p "$REPORTS"
for report in googletest.xml googletest-shapes.xml; do
  test -s "out/$report" || { echo "error: out/$report was not produced" >&2; exit 1; }
  cp "out/$report" "$REPORTS/$report"
  echo "wrote $REPORTS/$report"
done
