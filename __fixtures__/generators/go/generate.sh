#!/usr/bin/env bash
# Regenerates __fixtures__/reports/go/*.xml by running `go test` through gotestsum.
# The tests are meant to fail; the exit code is ignored.
# Needs Debian packages: golang-go, gotestsum. (go-junit-report is not packaged
# in Debian 12, so it is not used.) The module has no dependencies: nothing is
# downloaded (GOPROXY=off), and the build cache lives in a temp dir.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/reports/go"

missing=0
command -v go >/dev/null 2>&1 || { echo "error: 'go' not found; install it with: apt-get install -y golang-go" >&2; missing=1; }
command -v gotestsum >/dev/null 2>&1 || { echo "error: 'gotestsum' not found; install it with: apt-get install -y gotestsum" >&2; missing=1; }
[[ $missing == 0 ]] || exit 1

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GO111MODULE=on GOTOOLCHAIN=local
export GOCACHE="$TMP/gocache"
mkdir -p "$OUT"
cd "$HERE"

echo "== $(go version); gotestsum $(dpkg-query -W -f='${Version}' gotestsum 2>/dev/null || gotestsum --version)"

PKGS=(./auth ./shop/checkout ./session)

# 1. default naming: testsuite name and classname = full import path
gotestsum --junitfile "$TMP/gotestsum.xml" -- -count=1 "${PKGS[@]}" || true

# 2. import paths relative to the module (shop/checkout instead of example.com/bdfixtures/shop/checkout)
gotestsum --junitfile "$TMP/gotestsum-relative.xml" \
  --junitfile-testsuite-name=relative --junitfile-testcase-classname=relative \
  -- -count=1 "${PKGS[@]}" || true

# 3. reruns: the flaky test fails once then passes; another fails on every attempt
mkdir -p "$TMP/flaky-state"
FLAKY_STATE_DIR="$TMP/flaky-state" gotestsum --junitfile "$TMP/gotestsum-reruns.xml" \
  --rerun-fails=2 --packages ./flaky -- -count=1 || true

# 4. go test -count=2, no reruns: every test runs twice (BD-140 and BD-143 pass, then fail)
mkdir -p "$TMP/count-state"
STATE_DIR="$TMP/count-state" gotestsum --junitfile "$TMP/gotestsum-count2.xml" \
  --packages ./count -- -count=2 || true

# 5. reruns of subtests: gotestsum reruns each failed subtest on its own under
#    its parent, so the parent runs once per failed subtest in one rerun.
#    flakysubs: every test passes on its rerun (gotestsum exits 0), the parent
#    TestCart passes twice. parentmarker: the marker only at the end of the
#    parent's name (TestCheckoutBd160), one flaky and one always failing subtest.
mkdir -p "$TMP/subs-state"
STATE_DIR="$TMP/subs-state" gotestsum --junitfile "$TMP/gotestsum-reruns-subtests.xml" \
  --rerun-fails=2 --packages "./rerunsubs/flakysubs ./rerunsubs/parentmarker" -- -count=1 || true

cp "$TMP"/gotestsum*.xml "$OUT/"
echo "wrote:"; ls -1 "$OUT"/*.xml
