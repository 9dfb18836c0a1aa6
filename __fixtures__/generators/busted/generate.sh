#!/usr/bin/env bash
# Regenerates the busted (-o junit) fixture in __fixtures__/reports/busted/.
# Needs Debian's busted (apt-get install -y lua-busted).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/busted"
cd "$HERE"
rm -rf out && mkdir -p out
busted --version | tee out/version.txt
set +e
# The console run prints busted's own summary (the JUnit output has none).
busted -o utfTerminal spec 2>&1 | tee out/run.log
# -Xoutput: the report into a file; printed output stays on the console.
busted -o junit -Xoutput out/busted-junit.xml spec
set -e
mkdir -p "$REPORTS"
test -s out/busted-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/busted-junit.xml "$REPORTS/busted-junit.xml"
echo "wrote $REPORTS/busted-junit.xml"
