#!/usr/bin/env bash
# Regenerates the testthat (JunitReporter) fixtures in __fixtures__/reports/testthat/.
# Needs Debian's r-cran-testthat and r-cran-xml2 (apt-get install -y r-cran-testthat r-cran-xml2).
# Some tests fail ON PURPOSE, so the runs' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/testthat"
cd "$HERE"

command -v Rscript >/dev/null 2>&1 || { echo "error: 'Rscript' not found; install it with: apt-get install -y r-cran-testthat r-cran-xml2" >&2; exit 1; }
Rscript -e 'library(testthat); library(xml2)' >/dev/null 2>&1 || { echo "error: R's testthat or xml2 is missing; install them with: apt-get install -y r-cran-testthat r-cran-xml2" >&2; exit 1; }

rm -rf out && mkdir -p out "$REPORTS"
# dir: test_dir() with the JunitReporter alone (it prints nothing);
# progress: the same run beside a ProgressReporter with no failure limit (its
# counts are the README's); terminated: a ProgressReporter with its default
# limit of 10 failures, which stops the run after a file; file: test_file().
for mode in dir progress terminated file; do
  set +e
  Rscript run.R "$mode" "out/testthat-$mode.xml" 2>&1 | tee "out/testthat-$mode.log"
  set -e
  test -s "out/testthat-$mode.xml" || { echo "error: out/testthat-$mode.xml was not produced" >&2; exit 1; }
  cp "out/testthat-$mode.xml" "$REPORTS/testthat-$mode.xml"
  echo "wrote $REPORTS/testthat-$mode.xml"
done
