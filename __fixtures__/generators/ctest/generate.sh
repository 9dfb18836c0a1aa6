#!/usr/bin/env bash
# Regenerates __fixtures__/reports/ctest/ctest.xml with `ctest --output-junit`
# (CMake >= 3.21). The tests are meant to fail; ctest's exit code is ignored.
# Needs the Debian package: cmake. No compiler is needed (project languages: NONE).
# The build directory is a temp dir, removed afterwards.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/reports/ctest"

missing=0
for tool in cmake ctest; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found; install it with: apt-get install -y cmake" >&2; missing=1; }
done
[[ $missing == 0 ]] || exit 1

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

echo "== $(ctest --version | head -n1)"
cmake -S "$HERE" -B "$TMP/build" >/dev/null
# --output-junit is resolved relative to the build dir, so pass an absolute path.
(cd "$TMP/build" && ctest --output-junit "$TMP/ctest.xml") || true

cp "$TMP/ctest.xml" "$OUT/ctest.xml"
echo "wrote:"; ls -1 "$OUT"/*.xml
