#!/usr/bin/env bash
# Regenerates the fixtures of mocha's BUILT-IN xunit reporter in __fixtures__/reports/mocha-xunit/.
# Needs node and npm (the mocha version is pinned in package.json / package-lock.json).
# Some tests fail ON PURPOSE, so mocha's exit code is ignored; this script
# fails only if installing or producing a report fails.
# The reporter writes each test's absolute file path (`file="/…/test/cart.test.js"`,
# also in a timeout's message): the repository's folder is written as /work/main in the
# copies, so the fixtures do not depend on where the repository was checked out.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/mocha-xunit"
cd "$HERE"
command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install node.js 20 or later" >&2; exit 1; }

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
MOCHA=./node_modules/.bin/mocha
set +e
# 1. The reporter's file output, defaults otherwise. Piped through tee so no
#    TTY colours reach the console log.
$MOCHA --reporter xunit --reporter-option output=out/mocha-xunit.xml 2>&1 | tee out/mocha-xunit.log
echo "mocha --reporter xunit: exit ${PIPESTATUS[0]} (non-zero is expected)"
# The console's own counts, with mocha's default (spec) reporter.
$MOCHA 2>&1 | tee out/spec.log | grep -E '^ +[0-9]+ (passing|pending|failing)'
# 2. The options that change the report: --retries, suiteName, showRelativePaths.
$MOCHA --reporter xunit --retries 2 --reporter-option output=out/mocha-xunit-options.xml \
  --reporter-option 'suiteName=shop cart' --reporter-option showRelativePaths=true >out/mocha-xunit-options.log 2>&1
echo "mocha --reporter xunit --retries 2 (options): exit $?"
# 3. Without `output` the report goes to standard output, after what the tests
#    printed with console.log: redirected, that is no XML.
$MOCHA --reporter xunit >out/mocha-xunit-stdout.xml 2>out/mocha-xunit-stdout.err
echo "mocha --reporter xunit > file: exit $?"
# 4. The same for tests that print nothing: a clean report.
$MOCHA --reporter xunit --grep 'BD-26[02-4]' >out/mocha-xunit-stdout-quiet.xml 2>out/mocha-xunit-stdout-quiet.err
echo "mocha --reporter xunit --grep > file: exit $?"
set -e

mkdir -p "$REPORTS"
for name in mocha-xunit mocha-xunit-options mocha-xunit-stdout mocha-xunit-stdout-quiet; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  sed "s#$ROOT/#/work/main/#g" "out/$name.xml" >"$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
