#!/usr/bin/env bash
# Regenerates the Erlang common_test cth_surefire JUnit XML fixture in
# __fixtures__/reports/common-test/.
# Needs ct_run (Debian: `apt-get install erlang-common-test`); nothing else
# is downloaded. Some tests fail ON PURPOSE, so ct_run's exit code is ignored;
# this script fails only if the report is not produced.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/common-test"
cd "$HERE"

rm -rf out
mkdir -p out/logs
set +e
ct_run -noshell -dir test -logdir out/logs \
  -ct_hooks cth_surefire "[{path,\"$HERE/out/junit.xml\"}]" 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "ct_run exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/cth-surefire.xml"
echo "wrote $REPORTS/cth-surefire.xml"
