#!/usr/bin/env bash
# Regenerates the node --test + @reporters/junit JUnit XML fixture(s) in
# __fixtures__/reports/reporters-junit/.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
#
# NODE=/path/to/node generate.sh runs another node (default: `node` on PATH).
# node 20's report is written to __fixtures__/reports/reporters-junit/node20/,
# any other major version's to a folder of its own (node24/), from the same
# test files and options.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE="${NODE:-node}"
major="$("$NODE" -p 'process.versions.node.split(".")[0]')"
REPORTS="$HERE/../../reports/reporters-junit/node$major"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out
# Piped through tee so the tests never see a TTY (no colour codes that depend
# on the terminal the script was started from).
set +e
echo "node $("$NODE" --version), @reporters/junit $("$NODE" -p 'require("@reporters/junit/package.json").version')"
"$NODE" --test \
  --test-reporter=@reporters/junit --test-reporter-destination=out/junit.xml \
  --test-reporter=spec --test-reporter-destination=stdout \
  test/cart.test.js test/checkout.test.js 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "node --test (@reporters/junit) exited with status $status (non-zero is expected: some tests fail on purpose)"

test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
mkdir -p "$REPORTS"
# Stacks and file attributes hold absolute paths: written as if the
# repository were checked out at /work/main, wherever it is.
ROOT="$(cd "$HERE/../../.." && pwd)"
sed "s#$ROOT/#/work/main/#g" out/junit.xml >"$REPORTS/reporters-junit.xml"
echo "wrote $REPORTS/reporters-junit.xml"
