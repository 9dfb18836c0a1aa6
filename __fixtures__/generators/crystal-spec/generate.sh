#!/usr/bin/env bash
# Regenerates the Crystal spec (`crystal spec --junit_output`) fixtures in
# __fixtures__/reports/crystal-spec/.
# Needs Debian's Crystal 1.6 (apt-get install -y crystal; it brings gcc and
# the libraries it links against).
# Some tests fail ON PURPOSE, so crystal spec's exit codes are ignored.
# Crystal writes the spec file's absolute path (and its compiled program's,
# in the cache below): the checkout's folder is rewritten as it would be in
# /work/main, so that reports do not depend on the checkout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/crystal-spec"
REPO="$(cd "$HERE/../../.." && pwd)"
cd "$HERE"
command -v crystal >/dev/null || { echo "error: crystal not found (apt-get install -y crystal)" >&2; exit 1; }
rm -rf out && mkdir -p out
# The compiled spec program is named in every stack trace: keep it here.
export CRYSTAL_CACHE_DIR="$HERE/out/cache"
crystal --version > out/version.txt && head -1 out/version.txt
set +e
# The console's own account.
crystal spec --junit_output out/crystal-spec-junit.xml 2>&1 | tee out/run.log
# A tag filter: only the tests tagged `slow` are run and written.
crystal spec --tag slow --junit_output out/crystal-spec-tag-junit.xml > out/tag.log 2>&1
# `focus: true` on one test: only it is run and written.
CART_FOCUS=1 crystal spec --junit_output out/crystal-spec-focus-junit.xml > out/focus.log 2>&1
# --fail-fast: it stops at the first failure; the report holds the tests run.
crystal spec --fail-fast --junit_output out/crystal-spec-fail-fast-junit.xml > out/fail-fast.log 2>&1
# A before_each hook that raises: each test of its block is an error.
CART_BEFORE_FAILS=1 crystal spec spec/helpers_spec.cr --junit_output out/crystal-spec-hook-junit.xml > out/hook.log 2>&1
# A folder as --junit_output: the report is written as output.xml in it.
crystal spec spec/helpers_spec.cr --junit_output out/folder > out/folder.log 2>&1
set -e
mkdir -p "$REPORTS"
test -s out/folder/output.xml || { echo "error: out/folder/output.xml was not produced" >&2; exit 1; }
for report in crystal-spec-junit crystal-spec-tag-junit crystal-spec-focus-junit crystal-spec-fail-fast-junit crystal-spec-hook-junit; do
  test -s "out/$report.xml" || { echo "error: out/$report.xml was not produced" >&2; exit 1; }
  sed "s|$REPO/|/work/main/|g" "out/$report.xml" > "$REPORTS/$report.xml"
  echo "wrote $REPORTS/$report.xml"
done
