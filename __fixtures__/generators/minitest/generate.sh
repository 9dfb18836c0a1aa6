#!/usr/bin/env bash
# Regenerates the minitest-reporters (JUnitReporter) JUnit XML fixture in __fixtures__/reports/minitest/.
# Needs Debian's ruby and ruby-minitest-reporters (apt-get install -y ruby-minitest-reporters).
# Seed 1 orders the three test_one tests error, error, pass. Some tests fail ON
# PURPOSE, so the test command's exit code is ignored.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/minitest"
cd "$HERE"

rm -rf out
mkdir -p out
set +e
(cd out && ruby ../cart_test.rb --seed 1 2>&1 | tee run.log)
set -e
mkdir -p "$REPORTS"
test -s out/reports/TEST-Minitest-Result.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/reports/TEST-Minitest-Result.xml "$REPORTS/minitest-reporters.xml"
echo "wrote $REPORTS/minitest-reporters.xml"

# Minitest::Test.make_my_diffs_pretty!, a skip in setup, an error raised in
# another file.
mkdir -p out/pretty
set +e
(cd out/pretty && ruby ../../pretty_test.rb --seed 1 2>&1 | tee run.log)
set -e
test -s out/pretty/reports/TEST-Minitest-Result.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/pretty/reports/TEST-Minitest-Result.xml "$REPORTS/minitest-pretty-diffs.xml"
echo "wrote $REPORTS/minitest-pretty-diffs.xml"
