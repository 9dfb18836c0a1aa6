#!/usr/bin/env bash
# Regenerates __fixtures__/reports/ctest/ctest.xml with `ctest --output-junit`
# (CMake >= 3.21). The tests are meant to fail; ctest's exit code is ignored.
# Needs the Debian package: cmake. No compiler is needed (project languages: NONE).
# Then ctest-more.xml from more/ (googletest tests run by CTest, tests CTest
# does not start, a retried one): needs g++ and googletest too
# (apt-get install -y g++ libgtest-dev).
# The build directories are in a temp dir, removed afterwards.
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

cmake -S "$HERE/more" -B "$TMP/more" >/dev/null
cmake --build "$TMP/more" >/dev/null
(cd "$TMP/more" && ctest --repeat until-pass:3 --output-junit "$TMP/ctest-more.xml") || true
cp "$TMP/ctest-more.xml" "$OUT/ctest-more.xml"
echo "wrote:"; ls -1 "$OUT"/*.xml
