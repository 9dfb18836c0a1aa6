#!/usr/bin/env bash
# Regenerates the Nim unittest (newJUnitOutputFormatter) fixtures in
# __fixtures__/reports/nim-unittest/.
# Needs Debian's Nim 1.6 (apt-get install -y nim) and a C compiler.
# Some tests fail ON PURPOSE, so the test programs' exit codes are ignored.
# Nim writes absolute paths: the generator's folder is rewritten as it
# would be in /work/main, so that reports do not depend on the checkout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/nim-unittest"
REPO="$(cd "$HERE/../../.." && pwd)"
cd "$HERE"
command -v nim >/dev/null || { echo "error: nim not found (apt-get install -y nim)" >&2; exit 1; }
rm -rf out && mkdir -p out
nim -v | head -1 | tee out/version.txt
nim c --hints:off -o:out/tests tests/test_cart.nim
nim c --hints:off -d:release -o:out/tests-release tests/test_cart.nim
set +e
# The console's own account (the formatter writes its report beside it).
JUNIT_FILE=out/nim-unittest-junit.xml out/tests 2>&1 | tee out/run.log
# -d:release: no stack traces, so an exception is written as a <failure>.
JUNIT_FILE=out/nim-unittest-release-junit.xml out/tests-release > out/release.log 2>&1
# A filter on the command line: only those tests are written.
JUNIT_FILE=out/nim-unittest-filter-junit.xml out/tests 'cart::BD-43*' > out/filter.log 2>&1
# NIMTEST_ABORT_ON_ERROR: it quits at the first failure, and the report is
# never closed (no </testsuite>, no </testsuites>).
JUNIT_FILE=out/nim-unittest-abort-junit.xml NIMTEST_ABORT_ON_ERROR=1 out/tests > out/abort.log 2>&1
set -e
mkdir -p "$REPORTS"
for report in nim-unittest-junit nim-unittest-release-junit nim-unittest-filter-junit nim-unittest-abort-junit; do
  test -s "out/$report.xml" || { echo "error: out/$report.xml was not produced" >&2; exit 1; }
  sed "s|$REPO/|/work/main/|g" "out/$report.xml" > "$REPORTS/$report.xml"
  echo "wrote $REPORTS/$report.xml"
done
