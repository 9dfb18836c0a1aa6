#!/usr/bin/env bash
# Regenerates the @hapi/lab (-r junit) fixtures in __fixtures__/reports/lab/.
# Needs node and npm (the versions are pinned in package-lock.json).
# Some tests fail ON PURPOSE, so the test commands' exit codes are ignored.
# lab writes absolute paths in its stack traces: the generator's folder is
# replaced by /work/lab (as if the project were checked out there).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/lab"
cd "$HERE"
command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install Node.js" >&2; exit 1; }
npm ci --no-audit --no-fund
LAB=./node_modules/.bin/lab

rm -rf out && mkdir -p out
set +e
# Each run prints lab's own summary (`7 of 10 tests failed (2 skipped)`) in its log.
run() {
  local name="$1"
  shift
  "$@" >"out/$name.log" 2>&1
  echo "$name: exit $?; $(grep -E 'tests? (failed|complete)|of [0-9]+ tests' "out/$name.log" | head -1)"
}
# The console reporter to stdout beside the junit file: the console's counts in the log.
run lab-junit "$LAB" -r console -o stdout -r junit -o out/lab-junit.xml
run lab-bail "$LAB" --bail -r console -o stdout -r junit -o out/lab-bail.xml
run lab-dry "$LAB" --dry -r console -o stdout -r junit -o out/lab-dry.xml
# -r junit without -o writes the report to stdout, where the tests' console.log lines go too.
"$LAB" -r junit >out/lab-junit-stdout.xml 2>out/lab-junit-stdout.err
echo "lab-junit-stdout: exit $?"
set -e
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
for name in lab-junit lab-bail lab-dry lab-junit-stdout; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  sed "s#$HERE#/work/lab#g" "out/$name.xml" >"$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
