#!/usr/bin/env bash
# Regenerates the mocha + mocha-junit-reporter JUnit XML fixture(s) in __fixtures__/reports/mocha/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/mocha"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
./node_modules/.bin/mocha 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "mocha + mocha-junit-reporter exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/mocha-junit-reporter.xml"
echo "wrote $REPORTS/mocha-junit-reporter.xml"

# Second report: antMode=true (a bare <testsuites>, no "Mocha Tests" name).
set +e
./node_modules/.bin/mocha --no-config --spec 'options-test/*.test.js' --reporter mocha-junit-reporter \
  --reporter-option mochaFile=out/junit-ant-mode.xml --reporter-option antMode=true \
  --reporter-option includePending=true 2>&1 | tee out/run-ant-mode.log
status=${PIPESTATUS[0]}
set -e
echo "mocha (antMode) exited with status $status (non-zero is expected)"
test -s out/junit-ant-mode.xml || { echo "error: out/junit-ant-mode.xml was not produced" >&2; exit 1; }
cp out/junit-ant-mode.xml "$REPORTS/mocha-junit-reporter-ant-mode.xml"
echo "wrote $REPORTS/mocha-junit-reporter-ant-mode.xml"

# Third and fourth reports: nested describe blocks marked on several levels
# (nesting-test/), with the reporter's default options (a test's name is its
# full title, its classname its own title) and with
# testCaseSwitchClassnameAndName=true (the two swapped, as in the first report:
# .mocharc.js's `=false` is the string "false", which the reporter takes as set).
# Fifth to seventh: the same tests with jenkinsMode=true (suites named after
# every enclosing block's title joined by `.`, from "Root Suite"; name = own
# title, classname = the blocks' titles joined by `.`), with
# useFullSuiteTitle=true (suites named after every title joined by spaces) and
# with useFullSuiteTitle=true and suiteTitleSeparatedBy=. (joined by `.`).
for variant in default switch jenkins full-suite-title full-suite-title-dot; do
  options=(--reporter-option "mochaFile=out/junit-nesting-$variant.xml" --reporter-option includePending=true)
  case "$variant" in
    switch) options+=(--reporter-option testCaseSwitchClassnameAndName=true) ;;
    jenkins) options+=(--reporter-option jenkinsMode=true) ;;
    full-suite-title) options+=(--reporter-option useFullSuiteTitle=true) ;;
    full-suite-title-dot) options+=(--reporter-option useFullSuiteTitle=true --reporter-option suiteTitleSeparatedBy=.) ;;
  esac
  set +e
  ./node_modules/.bin/mocha --no-config --spec 'nesting-test/*.test.js' --reporter mocha-junit-reporter \
    "${options[@]}" 2>&1 | tee "out/run-nesting-$variant.log"
  status=${PIPESTATUS[0]}
  set -e
  echo "mocha (nesting, $variant) exited with status $status (non-zero is expected)"
  test -s "out/junit-nesting-$variant.xml" || { echo "error: out/junit-nesting-$variant.xml was not produced" >&2; exit 1; }
done
cp out/junit-nesting-default.xml "$REPORTS/mocha-junit-reporter-nesting.xml"
cp out/junit-nesting-switch.xml "$REPORTS/mocha-junit-reporter-nesting-switch.xml"
for variant in jenkins full-suite-title full-suite-title-dot; do
  cp "out/junit-nesting-$variant.xml" "$REPORTS/mocha-junit-reporter-nesting-$variant.xml"
done
echo "wrote $REPORTS/mocha-junit-reporter-nesting.xml, -nesting-switch.xml, -nesting-jenkins.xml, -nesting-full-suite-title.xml and -nesting-full-suite-title-dot.xml"
