#!/usr/bin/env bash
# Regenerates the cmocka (CMOCKA_MESSAGE_OUTPUT=xml) fixtures in __fixtures__/reports/cmocka/.
# Needs Debian's cmocka and gcc (apt-get install -y libcmocka-dev gcc).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
# cmocka writes one file per group (%g in CMOCKA_XML_FILE); without %g the
# groups follow each other in one file, which then has several roots.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/cmocka"
cd "$HERE"
rm -rf out && mkdir -p out
gcc -Wall -o out/cart_test cart_test.c -lcmocka
set +e
# The console run prints cmocka's own summary (the XML output has none).
(cd out && ./cart_test 2>&1 | tee run.log)
(cd out && CMOCKA_MESSAGE_OUTPUT=xml CMOCKA_XML_FILE='cmocka-%g.xml' ./cart_test)
set -e
mkdir -p "$REPORTS"
copy() {
  test -s "out/cmocka-$1.xml" || { echo "error: out/cmocka-$1.xml was not produced" >&2; exit 1; }
  cp "out/cmocka-$1.xml" "$REPORTS/$2"
  echo "wrote $REPORTS/$2"
}
copy cart cmocka-cart.xml
copy 'BD-5 checkout' cmocka-checkout.xml
copy hostile cmocka-hostile.xml
copy 'broken group' cmocka-group-setup.xml
