#!/usr/bin/env bash
# Regenerates the node --test (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/node-test/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
#
# NODE=/path/to/node generate.sh runs another node (default: `node` on PATH).
# node 20's reports are written to __fixtures__/reports/node-test/ itself,
# any other major version's to a folder of its own (node22/, node24/), from
# the same test files and options.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE="${NODE:-node}"
major="$("$NODE" -p 'process.versions.node.split(".")[0]')"
REPORTS="$HERE/../../reports/node-test"
if [ "$major" != 20 ]; then REPORTS="$REPORTS/node$major"; fi
cd "$HERE"

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
echo "node $("$NODE" --version)"
"$NODE" --test \
  --test-reporter=junit --test-reporter-destination=out/junit.xml \
  --test-reporter=spec --test-reporter-destination=stdout \
  test/shop.test.js 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
# todo tests apart, so that the first report stays as it was.
"$NODE" --test \
  --test-reporter=junit --test-reporter-destination=out/todo.xml \
  --test-reporter=spec --test-reporter-destination=stdout \
  test/todo.test.js 2>&1 | tee out/todo.log
todo_status=${PIPESTATUS[0]}
# Quotes in names and messages (node escapes them twice in attributes).
"$NODE" --test \
  --test-reporter=junit --test-reporter-destination=out/quotes.xml \
  --test-reporter=spec --test-reporter-destination=stdout \
  test/quotes.test.js 2>&1 | tee out/quotes.log
# Nested describe blocks, subtests, a failing hook, a timeout (node 24 names
# a test's class after its describe blocks).
"$NODE" --test \
  --test-reporter=junit --test-reporter-destination=out/nesting.xml \
  --test-reporter=spec --test-reporter-destination=stdout \
  test/nesting.test.js 2>&1 | tee out/nesting.log
set -e
echo "node --test (built-in junit reporter) exited with status $status and $todo_status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
for produced in junit.xml todo.xml quotes.xml nesting.xml; do
  test -s "out/$produced" || { echo "error: out/$produced was not produced" >&2; exit 1; }
done
# Stacks (and node 24's `file` attributes) hold absolute paths: written as
# if the repository were checked out at /work/main, wherever it is.
ROOT="$(cd "$HERE/../../.." && pwd)"
copy() { sed "s#$ROOT/#/work/main/#g" "out/$1" >"$REPORTS/$2"; }
copy junit.xml node-test-junit.xml
copy todo.xml node-test-todo.xml
copy quotes.xml node-test-quotes.xml
copy nesting.xml node-test-nesting.xml
echo "wrote $REPORTS/node-test-junit.xml, node-test-todo.xml, node-test-quotes.xml and node-test-nesting.xml"
