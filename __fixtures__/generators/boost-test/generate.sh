#!/usr/bin/env bash
# Regenerates the Boost.Test (--log_format=JUNIT) fixture in __fixtures__/reports/boost-test/.
# Needs Debian's libboost-test-dev and g++ (apt-get install -y libboost-test-dev g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/boost-test"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test
set +e
(cd out && ./cart_test --log_format=JUNIT --log_sink=boost-test.xml --log_level=all --report_level=detailed 2>&1 | tee run.log)
set -e
mkdir -p "$REPORTS"
test -s out/boost-test.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/boost-test.xml "$REPORTS/boost-test.xml"
echo "wrote $REPORTS/boost-test.xml"
