#!/usr/bin/env bash
# Regenerates the Perl TAP::Harness::JUnit fixtures in __fixtures__/reports/tap-harness-junit/.
# Needs prove (perl) and TAP::Harness::JUnit (apt-get install -y libtap-harness-junit-perl);
# nothing else is downloaded. Some tests fail ON PURPOSE, so prove's exit code is ignored; this
# script fails only if a report is not produced.
# The harness writes its suites in Perl's hash order, and numbers repeated names across them
# (" (2)"): PERL_HASH_SEED=0 keeps both the same from one run to the next.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/tap-harness-junit"
cd "$HERE"

command -v prove >/dev/null || { echo "error: prove not found: apt-get install -y perl" >&2; exit 1; }
perl -MTAP::Harness::JUnit -e 1 2>/dev/null || { echo "error: TAP::Harness::JUnit not found: apt-get install -y libtap-harness-junit-perl" >&2; exit 1; }
export PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0

rm -rf out
mkdir -p out "$REPORTS"
# run NAME [env VAR=VALUE…] COMMAND…: writes out/NAME.xml (JUNIT_OUTPUT_FILE) and out/NAME.log.
run() {
  local name=$1
  shift
  set +e
  env JUNIT_OUTPUT_FILE="$HERE/out/$name.xml" "$@" >"out/$name.log" 2>&1
  set -e
  cat "out/$name.log"
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  cp "out/$name.xml" "$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
}

# The harness's defaults: without --merge, Test::More's diagnostics (STDERR) are not in the TAP it reads.
run tap-harness-junit prove --harness TAP::Harness::JUnit t
# --merge: the diagnostics too.
run tap-harness-junit-merge prove --merge --harness TAP::Harness::JUnit t
# Suite names: JUNIT_NAME_MANGLE=perl (t.BD-177-refunds_t) and none (t/BD-177-refunds.t)
# instead of the default hudson (t_BD_177_refunds_t); JUNIT_PACKAGE prefixes them.
run tap-harness-junit-namemangle-perl env JUNIT_NAME_MANGLE=perl prove --merge --harness TAP::Harness::JUnit t
run tap-harness-junit-namemangle-none env JUNIT_NAME_MANGLE=none prove --merge --harness TAP::Harness::JUnit t
run tap-harness-junit-package env JUNIT_PACKAGE=shop prove --merge --harness TAP::Harness::JUnit t
# notimes (only through the module's API): every time is 0.
run tap-harness-junit-notimes perl run-harness.pl "$HERE/out/tap-harness-junit-notimes.xml" t/*.t

# BAIL_OUT: the harness dies before it writes its report.
set +e
env JUNIT_OUTPUT_FILE="$HERE/out/bail.xml" prove --merge --harness TAP::Harness::JUnit t-bail >out/bail.log 2>&1
set -e
cat out/bail.log
if test -e out/bail.xml; then echo "note: this version wrote a report after BAIL_OUT (out/bail.xml)"; fi
