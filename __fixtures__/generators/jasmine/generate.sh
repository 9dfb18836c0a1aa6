#!/usr/bin/env bash
# Regenerates the jasmine + jasmine-reporters JUnit XML fixtures in __fixtures__/reports/jasmine/.
# Some specs fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/jasmine"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the specs never see a TTY (no colour codes).
set +e
./node_modules/.bin/jasmine 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "jasmine exited with status $status (non-zero is expected: some specs fail on purpose)"
# The nested describe blocks (nesting-spec/, its own helper and config), in a
# report of their own: out/junit-nesting.xml.
set +e
./node_modules/.bin/jasmine --config=nesting-spec/support/jasmine.json 2>&1 | tee -a out/run.log
status=${PIPESTATUS[0]}
set -e
echo "jasmine --config=nesting-spec/support/jasmine.json exited with status $status (non-zero is expected: some specs fail on purpose)"

# The same nested blocks with other reporter options (see
# nesting-spec/helpers/junit-reporter.js): consolidateAll: false (a file per
# top-level suite) and useDotNotation: false (titles joined by spaces).
for variant in separate spaces; do
  set +e
  JUNIT_NESTING_VARIANT=$variant ./node_modules/.bin/jasmine --config=nesting-spec/support/jasmine.json 2>&1 | tee -a out/run.log
  status=${PIPESTATUS[0]}
  set -e
  echo "jasmine (nesting, $variant) exited with status $status (non-zero is expected: some specs fail on purpose)"
done
mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
test -s out/junit-nesting.xml || { echo "error: out/junit-nesting.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/jasmine-junit.xml"
cp out/junit-nesting.xml "$REPORTS/jasmine-junit-nesting.xml"
test -s out/junit-nesting-spaces.xml || { echo "error: out/junit-nesting-spaces.xml was not produced" >&2; exit 1; }
cp out/junit-nesting-spaces.xml "$REPORTS/jasmine-junit-nesting-spaces.xml"
for suite in BD650outer plainouter BD655hooksouter v1.2dotted focusedspecs; do
  test -s "out/junit-nesting-separate-$suite.xml" || { echo "error: out/junit-nesting-separate-$suite.xml was not produced" >&2; exit 1; }
  cp "out/junit-nesting-separate-$suite.xml" "$REPORTS/jasmine-junit-nesting-separate-$suite.xml"
done
echo "wrote $REPORTS/jasmine-junit.xml, jasmine-junit-nesting.xml, jasmine-junit-nesting-spaces.xml and jasmine-junit-nesting-separate-*.xml"
