#!/usr/bin/env bash
# Regenerates the Perl prove + TAP::Formatter::JUnit JUnit XML fixture in
# __fixtures__/reports/tap-formatter-junit/.
# Needs prove (perl) and TAP::Formatter::JUnit (Debian:
# `apt-get install libtap-formatter-junit-perl`); nothing else is downloaded.
# --merge puts the diagnostics (STDERR) into the failures; --timer adds times.
# Some tests fail ON PURPOSE, so prove's exit code is ignored; this script
# fails only if the report is not produced.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/tap-formatter-junit"
cd "$HERE"

rm -rf out
mkdir -p out
set +e
prove --merge --timer --formatter TAP::Formatter::JUnit t >out/junit.xml 2>out/run.log
status=$?
set -e
# The usual summary, for the README's counts (the JUnit formatter prints none).
prove --merge t >>out/run.log 2>&1 || true
cat out/run.log
echo "prove exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/tap-formatter-junit.xml"
echo "wrote $REPORTS/tap-formatter-junit.xml"

# TODO tests that pass, plans not kept, subtests before their test line and a
# BAIL_OUT (prove stops there: zzz_after_bail.t is never run).
set +e
prove --merge --timer --formatter TAP::Formatter::JUnit t-more >out/junit-more.xml 2>out/run-more.log
set -e
prove --merge t-more >>out/run-more.log 2>&1 || true
cat out/run-more.log
test -s out/junit-more.xml || { echo "error: out/junit-more.xml was not produced" >&2; exit 1; }
cp out/junit-more.xml "$REPORTS/tap-formatter-junit-more.xml"
echo "wrote $REPORTS/tap-formatter-junit-more.xml"
