#!/usr/bin/env bash
# Regenerates the unittest-xml-reporting (xmlrunner) fixture in __fixtures__/reports/python-xmlrunner/:
# all test classes in one file, as XMLTestRunner(output=file) writes them.
# Needs Debian's python3-xmlrunner (apt-get install -y python3-xmlrunner).
# Some tests fail ON PURPOSE, so the run's result is ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/python-xmlrunner"
cd "$HERE"
rm -rf out && mkdir -p out
/usr/bin/python3 - <<'PY' 2>&1 | tee out/run.log
import unittest, xmlrunner, test_cart
suite = unittest.defaultTestLoader.loadTestsFromModule(test_cart)
with open('out/xmlrunner.xml', 'wb') as out:
    xmlrunner.XMLTestRunner(output=out, verbosity=2).run(suite)
PY
mkdir -p "$REPORTS"
test -s out/xmlrunner.xml || { echo "error: the report was not produced" >&2; exit 1; }
cp out/xmlrunner.xml "$REPORTS/xmlrunner.xml"
echo "wrote $REPORTS/xmlrunner.xml"
