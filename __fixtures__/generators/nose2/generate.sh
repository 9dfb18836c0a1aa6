#!/usr/bin/env bash
# Regenerates the nose2 (junitxml plugin) fixture in __fixtures__/reports/nose2/.
# Needs Debian's python3-nose2 (apt-get install -y python3-nose2).
# Some tests fail ON PURPOSE, so the run's exit code is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/nose2"
cd "$HERE"
rm -rf out && mkdir -p out
set +e
/usr/bin/python3 -B -m nose2 -v --config unittest.cfg 2>&1 | tee out/run.log
set -e
mkdir -p "$REPORTS"
test -s out/nose2-junit.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/nose2-junit.xml "$REPORTS/nose2-junit.xml"
echo "wrote $REPORTS/nose2-junit.xml"
