#!/usr/bin/env bash
# Regenerates the googletest (--gtest_output=xml) fixture in __fixtures__/reports/googletest/.
# Needs Debian's googletest and g++ (apt-get install -y libgtest-dev g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/googletest"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test -lgtest -lgtest_main -pthread
set +e
./out/cart_test --gtest_output=xml:out/googletest.xml 2>&1 | tee out/run.log
set -e
mkdir -p "$REPORTS"
test -s out/googletest.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/googletest.xml "$REPORTS/googletest.xml"
echo "wrote $REPORTS/googletest.xml"
