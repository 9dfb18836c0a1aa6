#!/usr/bin/env bash
# Regenerates the Erlang EUnit eunit_surefire JUnit XML fixtures in
# __fixtures__/reports/eunit/.
# Needs erlc and EUnit (Debian: `apt-get install erlang-base erlang-dev
# erlang-eunit`); nothing else is downloaded. Some tests fail ON PURPOSE, so
# eunit:test's result (error) is ignored; this script fails only if the
# reports are not produced.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/eunit"
cd "$HERE"

rm -rf out
mkdir -p out/ebin out/reports out/did-not-run
erlc -o out/ebin test/*.erl
erl -noshell -pa out/ebin -eval '
  R = eunit:test([bd_shop_tests, bd_slow_tests],
                 [verbose, {report, {eunit_surefire, [{dir, "out/reports"}]}}]),
  io:format("eunit:test returned ~p (error is expected: some tests fail on purpose)~n", [R]),
  halt().' 2>&1 | tee out/run.log

# A "*did not run*" test makes eunit_surefire crash: no report is written.
erl -noshell -pa out/ebin -eval '
  R = eunit:test(bd_did_not_run_tests,
                 [verbose, {report, {eunit_surefire, [{dir, "out/did-not-run"}]}}]),
  io:format("eunit:test returned ~p~n", [R]),
  halt().' 2>&1 | tee out/did-not-run.log
echo "reports written for bd_did_not_run_tests: $(ls out/did-not-run | wc -l) (eunit_surefire writes none)"

mkdir -p "$REPORTS"
for suite in bd_shop_tests bd_slow_tests; do
  file="out/reports/TEST-$suite.xml"
  test -s "$file" || { echo "error: $file was not produced" >&2; exit 1; }
  cp "$file" "$REPORTS/"
  echo "wrote $REPORTS/TEST-$suite.xml"
done
