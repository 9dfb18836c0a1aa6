#!/usr/bin/env bash
# Regenerates the bats (--report-formatter junit) fixtures in __fixtures__/reports/bats/.
# Needs Debian's bats (apt-get install -y bats).
# Some tests fail ON PURPOSE, so the test command's exit code is ignored.
#   bats-junit.xml:       test/ (recursive: test/checkout/ too)
#   bats-setup-file.xml:  a file whose setup_file fails, then test/checkout/
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/bats"
cd "$HERE"
rm -rf out && mkdir -p out/main out/setup-file
bats --version | tee out/version.txt
set +e
bats -r --report-formatter junit -o out/main test 2>&1 | tee out/main/run.tap
bats --report-formatter junit -o out/setup-file broken/broken-setup.bats test/checkout/BD-5_checkout.bats 2>&1 | tee out/setup-file/run.tap
set -e
mkdir -p "$REPORTS"
for report in out/main/report.xml out/setup-file/report.xml; do
  test -s "$report" || { echo "error: $report was not produced" >&2; exit 1; }
done
cp out/main/report.xml "$REPORTS/bats-junit.xml"
cp out/setup-file/report.xml "$REPORTS/bats-setup-file.xml"
echo "wrote $REPORTS/bats-junit.xml and $REPORTS/bats-setup-file.xml"
