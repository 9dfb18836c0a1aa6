#!/usr/bin/env bash
# Regenerates the meson `meson test` JUnit XML fixture in
# __fixtures__/reports/meson/ (meson writes meson-logs/testlog.junit.xml in
# the build directory on every `meson test`).
# Needs the Debian packages meson, ninja-build and gcc; nothing else is
# downloaded. Some tests fail ON PURPOSE, so meson test's exit code is
# ignored; this script fails only if the report is not produced. One test
# times out (1 s).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/meson"
cd "$HERE"

missing=0
for tool in meson ninja cc; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found; install it with: apt-get install -y meson ninja-build gcc" >&2; missing=1; }
done
[[ $missing == 0 ]] || exit 1

rm -rf out
mkdir -p out
echo "== meson $(meson --version), ninja $(ninja --version)" | tee out/run.log
meson setup out/build "$HERE" >>out/run.log 2>&1
set +e
# One at a time, so that the log and the report keep the order of meson.build.
meson test -C out/build -v --num-processes 1 2>&1 | tee -a out/run.log
status=${PIPESTATUS[0]}
set -e
echo "meson test exited with status $status (non-zero is expected: some tests fail on purpose)"

report=out/build/meson-logs/testlog.junit.xml
test -s "$report" || { echo "error: $report was not produced" >&2; exit 1; }
mkdir -p "$REPORTS"
cp "$report" "$REPORTS/testlog.junit.xml"
echo "wrote $REPORTS/testlog.junit.xml"
