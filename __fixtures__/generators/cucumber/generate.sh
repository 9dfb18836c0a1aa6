#!/usr/bin/env bash
# Regenerates the @cucumber/cucumber (junit formatter) fixture in __fixtures__/reports/cucumber/;
# the @flaky scenario is retried once (--retry 1 --retry-tag-filter @flaky).
# Some scenarios fail ON PURPOSE, so the run's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/cucumber"
cd "$HERE"
npm ci --no-audit --no-fund
rm -rf out && mkdir -p out
set +e
./node_modules/.bin/cucumber-js --retry 1 --retry-tag-filter @flaky --format summary --format junit:out/cucumber-junit.xml 2>&1 | tee out/run.log
set -e
mkdir -p "$REPORTS"
test -s out/cucumber-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/cucumber-junit.xml "$REPORTS/cucumber-junit.xml"
echo "wrote $REPORTS/cucumber-junit.xml"
