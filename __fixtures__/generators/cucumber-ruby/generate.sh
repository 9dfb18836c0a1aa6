#!/usr/bin/env bash
# Regenerates the Cucumber-Ruby (2.4, Debian's `cucumber` package) JUnit XML
# fixtures in __fixtures__/reports/cucumber-ruby/: `--format junit --out DIR`
# writes one TEST-features-<feature>.xml per feature file. Needs
# apt-get install -y cucumber (minitest, used for assertions, ships with ruby).
# Some scenarios fail ON PURPOSE, so cucumber's exit code is ignored.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/cucumber-ruby"
cd "$HERE"

command -v cucumber >/dev/null || { echo "error: cucumber is missing: apt-get install -y cucumber" >&2; exit 1; }

rm -rf out
mkdir -p out
# run NAME [cucumber options...]: its reports in out/NAME/, its console in out/NAME.log.
run() {
  local name=$1
  shift
  set +e
  cucumber "$@" --format junit --out "out/$name" --format pretty --no-color 2>&1 | tee "out/$name.log"
  set -e
  ls "out/$name"/TEST-features-*.xml >/dev/null || { echo "error: no report in out/$name" >&2; exit 1; }
}

run plain
# --strict: pending and undefined steps fail their scenario (and the run).
run strict --strict

rm -rf "$REPORTS"/*.xml "$REPORTS/strict"
mkdir -p "$REPORTS/strict"
cp out/plain/TEST-features-*.xml "$REPORTS/"
# Only the cart feature holds pending and undefined steps: the others are
# written the same with --strict.
cp out/strict/TEST-features-cart.xml "$REPORTS/strict/"
echo "wrote $REPORTS"
