#!/usr/bin/env bash
# Regenerates the Ginkgo v1 (reporters.NewJUnitReporter) fixtures in
# __fixtures__/reports/ginkgo/.
# Needs Debian's Ginkgo 1.16 and Gomega with go, used offline in GOPATH mode
# (apt-get install -y golang-go ginkgo golang-github-onsi-ginkgo-dev golang-gomega-dev).
# Some tests fail ON PURPOSE, so the test commands' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/ginkgo"
cd "$HERE"

missing=0
command -v go >/dev/null 2>&1 || { echo "error: go not found; install it with: apt-get install -y golang-go" >&2; missing=1; }
command -v ginkgo >/dev/null 2>&1 || { echo "error: the ginkgo command not found; install it with: apt-get install -y ginkgo" >&2; missing=1; }
test -d /usr/share/gocode/src/github.com/onsi/ginkgo/reporters ||
  { echo "error: Ginkgo's sources not found; install them with: apt-get install -y golang-github-onsi-ginkgo-dev" >&2; missing=1; }
test -d /usr/share/gocode/src/github.com/onsi/gomega ||
  { echo "error: Gomega's sources not found; install them with: apt-get install -y golang-gomega-dev" >&2; missing=1; }
[[ $missing == 0 ]] || exit 1

rm -rf out
mkdir -p out/gopath/src/bdshop out/reports
# GOPATH mode, offline: the packages are Debian's, in /usr/share/gocode.
ln -s "$HERE/cart" out/gopath/src/bdshop/cart
ln -s "$HERE/checkout" out/gopath/src/bdshop/checkout
export GO111MODULE=off GOPATH="$HERE/out/gopath:/usr/share/gocode" GOCACHE="$HERE/out/gocache" GOFLAGS= GOPROXY=off
export ACK_GINKGO_RC=true ACK_GINKGO_DEPRECATIONS=1.16.5
OUT="$HERE/out/reports"
CART="$HERE/out/gopath/src/bdshop/cart"
CHECKOUT="$HERE/out/gopath/src/bdshop/checkout"
# BD-179 fails on its first attempt in each run: a fresh state folder each time.
fresh() { local dir="$HERE/out/state-$1"; rm -rf "$dir"; mkdir -p "$dir"; echo "$dir"; }

echo "== $(go version); ginkgo $(ginkgo version)"
set +e
# 1. go test, the reporter's own file name (JUNIT_FILE, see cart_suite_test.go).
(cd "$CART" && FLAKY_STATE_DIR="$(fresh plain)" JUNIT_FILE="$OUT/junit.xml" \
  go test . -ginkgo.noColor -ginkgo.seed=1 2>&1 | tee "$OUT/junit.log")
# 2. the ginkgo command, -flakeAttempts=2 and -reportFile (which overrides the reporter's file).
(cd "$CART" && FLAKY_STATE_DIR="$(fresh flake)" \
  ginkgo -noColor -seed=1 -flakeAttempts=2 -reportFile="$OUT/junit-flake-attempts.xml" 2>&1 | tee "$OUT/junit-flake-attempts.log")
# 3. -reportPassed: the output of passed specs too.
(cd "$CART" && FLAKY_STATE_DIR="$(fresh passed)" \
  ginkgo -noColor -seed=1 -reportPassed -reportFile="$OUT/junit-report-passed.xml" 2>&1 | tee "$OUT/junit-report-passed.log")
# 4. -nodes=2: each node writes its specs to its own file (junit-parallel_1.xml, _2.xml).
(cd "$CART" && FLAKY_STATE_DIR="$(fresh parallel)" JUNIT_FILE="$OUT/junit-parallel.xml" \
  ginkgo -noColor -seed=1 -nodes=2 2>&1 | tee "$OUT/junit-parallel.log")
# 5. BeforeSuite fails (and AfterSuite): no spec runs.
(cd "$CHECKOUT" && JUNIT_FILE="$OUT/junit-before-suite.xml" \
  ginkgo -noColor -seed=1 2>&1 | tee "$OUT/junit-before-suite.log")
set -e

mkdir -p "$REPORTS"
for report in junit.xml junit-flake-attempts.xml junit-report-passed.xml junit-parallel_1.xml junit-parallel_2.xml junit-before-suite.xml; do
  test -s "$OUT/$report" || { echo "error: $OUT/$report was not produced" >&2; exit 1; }
  cp "$OUT/$report" "$REPORTS/$report"
  echo "wrote $REPORTS/$report"
done
