#!/usr/bin/env bash
# Regenerates the junitparser fixtures in __fixtures__/reports/junitparser/:
# reports of other tools' fixtures (__fixtures__/reports/<tool>/) merged into
# one by `junitparser merge`, as a job that uploads one report for a matrix
# or a monorepo would. Run the other tools' generators first if their
# fixtures are to change.
# Needs Debian's python3-junitparser (apt-get install -y python3-junitparser).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FIXTURES="$HERE/../../reports"
REPORTS="$FIXTURES/junitparser"
cd "$HERE"

/usr/bin/python3 -c 'import junitparser' 2>/dev/null || { echo "error: junitparser not found; install it with: apt-get install -y python3-junitparser" >&2; exit 1; }
junitparser() { /usr/bin/python3 -m junitparser "$@"; }

rm -rf out && mkdir -p out/in "$REPORTS"
junitparser --version | tee out/version.txt

# Four tools in one report, each report's suites after the others': pytest
# first, so that no tool's suites are the report's first but pytest's.
junitparser merge \
  "$FIXTURES/pytest/pytest-xunit2.xml" \
  "$FIXTURES/jest/jest-junit.xml" \
  "$FIXTURES/testthat/testthat-progress.xml" \
  "$FIXTURES/subunit/stestr-junit.xml" \
  out/merged.xml

# --glob and --suite-name (the root's name): reports whose tools are told by
# their suites' shapes (jest-junit's and vitest's options, mocha's antMode,
# WebdriverIO's defaults and options, node:test, testthat stopped early),
# after a subunit report. The files are named so that the globs take them in
# this order.
cp "$FIXTURES/subunit/subunit-run-junit.xml" out/in/1-subunit.xml
cp "$FIXTURES/jest/jest-junit-options.xml" out/in/2-jest-options.xml
cp "$FIXTURES/vitest/vitest-junit-options.xml" out/in/3-vitest-options.xml
cp "$FIXTURES/mocha/mocha-junit-reporter-ant-mode.xml" out/in/4-mocha-ant-mode.xml
cp "$FIXTURES/wdio/wdio-0-0-junit-reporter.log" out/in/5-wdio-defaults.xml
cp "$FIXTURES/wdio/junit-desktop-0-0.xml" out/in/6-wdio-options.xml
cp "$FIXTURES/node-test/node-test-quotes.xml" out/in/7-node-test.xml
cp "$FIXTURES/testthat/testthat-terminated.xml" out/in/8-testthat.xml
junitparser merge --glob --suite-name nightly \
  'out/in/1-*.xml' 'out/in/2-*.xml' 'out/in/3-*.xml' 'out/in/4-*.xml' \
  'out/in/5-*.xml' 'out/in/6-*.xml' 'out/in/7-*.xml' 'out/in/8-*.xml' \
  out/merged-glob.xml

for report in merged merged-glob; do
  test -s "out/$report.xml" || { echo "error: out/$report.xml was not produced" >&2; exit 1; }
  cp "out/$report.xml" "$REPORTS/$report.xml"
  echo "wrote $REPORTS/$report.xml"
done
