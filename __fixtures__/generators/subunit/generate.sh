#!/usr/bin/env bash
# Regenerates the subunit2junitxml fixtures in __fixtures__/reports/subunit/:
# a unittest project (shop/, and broken/ whose module does not import) run by
# stestr and by subunit.run, the subunit stream turned into JUnit XML by
# subunit2junitxml.
# Needs Debian's python3-stestr, python3-subunit and python3-junitxml
# (apt-get install -y python3-stestr python3-subunit python3-junitxml).
# Some tests fail ON PURPOSE, so the runs' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/subunit"
cd "$HERE"

missing=0
for tool in stestr subunit2junitxml subunit2pyunit; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found; install it with: apt-get install -y python3-stestr python3-subunit python3-junitxml" >&2; missing=1; }
done
/usr/bin/python3 -c 'import junitxml' 2>/dev/null || { echo "error: subunit2junitxml needs python3-junitxml; install it with: apt-get install -y python3-junitxml" >&2; missing=1; }
[ "$missing" -eq 0 ] || exit 1

rm -rf out && mkdir -p out "$REPORTS"
export PYTHONDONTWRITEBYTECODE=1

# stestr: the tests of shop/ (stestr stops at a module that does not import),
# in parallel workers; its repository goes to out/.
set +e
stestr --repo-url out run 2>&1 | tee out/stestr-run.log
stestr --repo-url out last --subunit | subunit2junitxml > out/stestr-junit.xml
set -e
test -s out/stestr-junit.xml || { echo "error: the stestr report was not produced" >&2; exit 1; }
cp out/stestr-junit.xml "$REPORTS/stestr-junit.xml"
echo "wrote $REPORTS/stestr-junit.xml"

# subunit.run: shop/ and broken/ in one process. The tests' own stdout is in
# the stream; subunit2junitxml passes it through, before the XML, unless told
# --no-passthrough: that file is no report (kept as .out, which no test reads
# as a report; the action refuses it, saying why).
set +e
/usr/bin/python3 -m subunit.run discover -t . -s . > out/run.subunit
subunit2pyunit --no-passthrough < out/run.subunit 2>&1 | tail -n 3 | tee out/subunit-run.log
subunit2junitxml --no-passthrough < out/run.subunit > out/subunit-run-junit.xml
subunit2junitxml < out/run.subunit > out/subunit-run-passthrough.out
set -e
for report in subunit-run-junit.xml subunit-run-passthrough.out; do
  test -s "out/$report" || { echo "error: out/$report was not produced" >&2; exit 1; }
  cp "out/$report" "$REPORTS/$report"
  echo "wrote $REPORTS/$report"
done
