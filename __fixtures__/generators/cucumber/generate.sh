#!/usr/bin/env bash
# Regenerates the @cucumber/cucumber (junit formatter) fixtures in __fixtures__/reports/cucumber/;
# the @flaky scenario is retried once (--retry 1 --retry-tag-filter @flaky).
# rules/ (Gherkin 6 `Rule:` blocks) runs apart, into cucumber-junit-rules.xml, with
# the same step definitions (and is not copied by the 13.x generator).
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
set +e
./node_modules/.bin/cucumber-js rules/checkout.feature --require features/step_definitions/steps.js --format summary --format junit:out/cucumber-junit-rules.xml 2>&1 | tee out/run-rules.log
set -e
test -s out/cucumber-junit-rules.xml || { echo "error: the rules report was not produced" >&2; exit 1; }
# The stacks hold absolute paths: the repository's folder is written as
# /work/main, so the copy does not depend on the checkout.
ROOT="$(cd "$HERE/../../.." && pwd)"
sed "s#$ROOT/#/work/main/#g" out/cucumber-junit-rules.xml >"$REPORTS/cucumber-junit-rules.xml"
echo "wrote $REPORTS/cucumber-junit-rules.xml"
