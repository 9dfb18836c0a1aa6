#!/usr/bin/env bash
# Regenerates the junit_xml (Python library) fixtures in __fixtures__/reports/junit-xml/.
# Needs Debian's python3-junit.xml (apt-get install -y python3-junit.xml) and
# the system's /usr/bin/python3 that it installs into.
# tests/shop_checks.py runs a few shop checks, some failing ON PURPOSE, and
# writes their report with junit_xml's TestSuite/TestCase and
# to_xml_report_file; it prints each check's outcome (out/<run>.log).
# Run from this folder, so the reports name `tests/shop_checks.py`; its
# tracebacks name the script's absolute path, rewritten to /work/main/… when
# copied (the repository's root, wherever it is checked out).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/junit-xml"
PYTHON=/usr/bin/python3
cd "$HERE"
test -x "$PYTHON" || { echo "error: $PYTHON not found; install it with: apt-get install -y python3" >&2; exit 1; }
"$PYTHON" -c 'import junit_xml' 2>/dev/null || { echo "error: junit_xml not found; install it with: apt-get install -y python3-junit.xml" >&2; exit 1; }
rm -rf out && mkdir -p out
run() {
  local name="$1"
  shift
  "$PYTHON" tests/shop_checks.py "out/$name.xml" "$@" >"out/$name.log"
  echo "$name: $(cut -d: -f1 "out/$name.log" | sort | uniq -c | xargs)"
}
run junit-xml                                  # prettyprint=True (the default)
run junit-xml-compact --no-prettyprint         # prettyprint=False
run junit-xml-encoding-utf8 --encoding utf-8   # encoding='utf-8': a declaration naming it
# encoding='latin-1' names latin-1 in the declaration, and the text is written
# to a file opened as UTF-8, as the library's docs' example does.
run junit-xml-encoding-latin1 --no-prettyprint --encoding latin-1
# The same, into a file opened as latin-1: the bytes match the declaration.
run junit-xml-latin1-file --no-prettyprint --encoding latin-1 --file-encoding latin-1
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
for name in junit-xml junit-xml-compact junit-xml-encoding-utf8 junit-xml-encoding-latin1 junit-xml-latin1-file; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  sed "s#$ROOT/#/work/main/#g" "out/$name.xml" >"$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
