#!/usr/bin/env bash
# Regenerates the Catch2 (-r junit) fixture in __fixtures__/reports/catch2/.
# Needs Debian's Catch2 v2 and g++ (apt-get install -y catch2 g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/catch2"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test
set +e
# The console run prints Catch2's own summary (the JUnit reporter has none).
(cd out && ./cart_test 2>&1 | tee run.log)
(cd out && ./cart_test -r junit -o catch2-junit.xml)
set -e
mkdir -p "$REPORTS"
test -s out/catch2-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/catch2-junit.xml "$REPORTS/catch2-junit.xml"
echo "wrote $REPORTS/catch2-junit.xml"
