#!/usr/bin/env bash
# Regenerates the AVA + tap-junit JUnit XML fixture in __fixtures__/reports/ava/:
# AVA writes TAP (--tap, kept in out/ava.tap), tap-junit turns it into JUnit XML.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/ava"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
set +e
./node_modules/.bin/ava --tap >out/ava.tap 2>out/ava.err
status=$?
set -e
cat out/ava.tap out/ava.err
echo "ava exited with status $status (non-zero is expected: some tests fail on purpose)"

# tap-junit also exits non-zero when the TAP has a failed test.
set +e
./node_modules/.bin/tap-junit --pretty --input out/ava.tap --output out --name junit.xml --classname ava
status=$?
set -e
echo "tap-junit exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/ava-tap-junit.xml"
echo "wrote $REPORTS/ava-tap-junit.xml"
