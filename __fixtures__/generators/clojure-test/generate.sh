#!/usr/bin/env bash
# Regenerates the clojure.test.junit (with-junit-output) fixtures in __fixtures__/reports/clojure-test/.
# Needs Debian's Clojure 1.11 (apt-get install -y clojure), which brings a JRE.
# Some tests fail ON PURPOSE, so clojure.test's counts are printed, not checked.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/clojure-test"
cd "$HERE"
command -v clojure >/dev/null 2>&1 || { echo "error: clojure not found; install it with: apt-get install -y clojure" >&2; exit 1; }

rm -rf out && mkdir -p out
CLOJURE=(clojure -cp src:.)
set +e
# 1. The report written to a file (clojure.test/*test-out* bound to it): what
#    the tests print goes to the console. A :once fixture fails in checkout-test.
"${CLOJURE[@]}" run.clj out/clojure-test.xml shop.cart-test shop.checkout-test 2>&1 | tee out/clojure-test.log
# 2. The report on standard output, redirected (`clojure -M … > junit.xml`, as
#    most projects run it): what the tests print lands inside the XML.
"${CLOJURE[@]}" run.clj - shop.cart-test shop.checkout-test >out/clojure-test-stdout.xml 2>out/clojure-test-stdout.log
cat out/clojure-test-stdout.log
# 3. An :each fixture that throws: clojure.test stops, the report is cut off.
"${CLOJURE[@]}" run.clj out/clojure-test-fixture-throws.xml shop.payment-test >out/clojure-test-fixture-throws.log 2>&1
echo "fixture-throws: exit $? (the run stops at the exception)"
set -e
mkdir -p "$REPORTS"
for name in clojure-test clojure-test-stdout clojure-test-fixture-throws; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  cp "out/$name.xml" "$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
