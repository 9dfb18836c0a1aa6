#!/usr/bin/env bash
# Regenerates the doctest (--reporters=junit) fixture in __fixtures__/reports/doctest/.
# Needs Debian's doctest and g++ (apt-get install -y doctest-dev g++).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/doctest"
cd "$HERE"
rm -rf out && mkdir -p out
g++ -std=c++17 cart_test.cpp -o out/cart_test
set +e
# The console run prints doctest's own summary (the JUnit reporter has none).
(cd out && ./cart_test 2>&1 | tee run.log)
(cd out && ./cart_test --reporters=junit --out=doctest-junit.xml)
set -e
mkdir -p "$REPORTS"
test -s out/doctest-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/doctest-junit.xml "$REPORTS/doctest-junit.xml"
echo "wrote $REPORTS/doctest-junit.xml"
