#!/usr/bin/env bash
# Regenerates the Criterion (--xml) fixtures in __fixtures__/reports/criterion/.
# Needs Debian's Criterion and gcc (apt-get install -y libcriterion-dev gcc).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
# Built from this folder as a project builds tests/*.c, so the reports name
# `tests/cart.c`; a CMake build passes absolute paths, as the -absolute
# report shows. --fail-fast runs with --jobs 1: in parallel, the test it
# stops in the middle is written as PASSED, a different one each run.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/criterion"
cd "$HERE"
command -v gcc >/dev/null 2>&1 || { echo "error: gcc not found; install it with: apt-get install -y gcc" >&2; exit 1; }
test -f /usr/include/criterion/criterion.h || { echo "error: Criterion not found; install it with: apt-get install -y libcriterion-dev" >&2; exit 1; }
rm -rf out && mkdir -p out
gcc -Wall -o out/tests tests/cart.c tests/crash.c tests/fixtures.c -lcriterion
gcc -Wall -o out/tests-absolute "$HERE"/tests/cart.c "$HERE"/tests/crash.c "$HERE"/tests/fixtures.c -lcriterion
set +e
# Each run prints Criterion's own summary (`Synthesis: Tested: …`) in its log.
run() {
  local name="$1"
  shift
  "$@" >"out/$name.log" 2>&1
  echo "$name: exit $?; $(grep Synthesis "out/$name.log")"
}
run criterion out/tests --xml=out/criterion.xml
run criterion-output-option out/tests --output=xml:out/criterion-output-option.xml
run criterion-jobs2 out/tests --jobs 2 --xml=out/criterion-jobs2.xml
run criterion-short-filename out/tests --short-filename --xml=out/criterion-short-filename.xml
run criterion-full-stats out/tests --full-stats --xml=out/criterion-full-stats.xml
run criterion-fail-fast out/tests --jobs 1 --fail-fast --xml=out/criterion-fail-fast.xml
run criterion-absolute out/tests-absolute --xml=out/criterion-absolute.xml
set -e
mkdir -p "$REPORTS"
for name in criterion criterion-output-option criterion-jobs2 criterion-short-filename criterion-full-stats criterion-fail-fast criterion-absolute; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  cp "out/$name.xml" "$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
