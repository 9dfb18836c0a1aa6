#!/usr/bin/env bash
# Regenerates __fixtures__/reports/bazel/: the test.xml files Bazel writes under
# bazel-testlogs/<package>/<target>/ (and run_N_of_M/, shard_N_of_M/,
# test_attempts/attempt_N.xml), copied with that path kept.
# Needs the Debian packages: bazel-bootstrap (4.2.3), python3, g++
# (apt-get install -y bazel-bootstrap python3 g++).
#
# Offline: Bazel 4.2.3 fetches rules_cc, rules_java and remote_coverage_tools
# from GitHub/mirror.bazel.build even for an sh_test (its launcher and test
# rules refer to them), and Debian's bazel-rules-cc 0.0.4 is too new for 4.2.3
# ("does not contain symbol 'use_cpp_toolchain'"). offline/ holds stubs that
# forward to Bazel's native rules, passed with --override_repository.
# Tests run with --spawn_strategy=local: Debian's linux-sandbox prints its debug
# log into every test.log (and so into test.xml).
#
# The workspace is copied to a temp dir (Bazel writes its bazel-* links there);
# its output root is in the temp dir too. Paths are rewritten to
# /work/main/__fixtures__/generators/bazel/workspace and the output base Bazel
# would use for it; the timeout's time stamp is normalised. Tests are meant to
# fail: Bazel's exit code is ignored.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/reports/bazel"

missing=0
command -v bazel >/dev/null 2>&1 || { echo "error: 'bazel' not found; install it with: apt-get install -y bazel-bootstrap" >&2; missing=1; }
command -v python3 >/dev/null 2>&1 || { echo "error: 'python3' not found; install it with: apt-get install -y python3" >&2; missing=1; }
command -v g++ >/dev/null 2>&1 || { echo "error: 'g++' not found; install it with: apt-get install -y g++" >&2; missing=1; }
[[ $missing == 0 ]] || exit 1

TMP="$(mktemp -d)"
cleanup() { chmod -R u+w "$TMP" 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
cp -r "$HERE/workspace" "$TMP/work"
mkdir -p "$TMP/state"

# Debian's build says "bazel no_version": ask dpkg.
echo "== bazel $(dpkg-query -W -f='${Version}' bazel-bootstrap 2>/dev/null || bazel --version)"
cd "$TMP/work"
# flaky = True: 3 attempts by default. --runs_per_test for one target only.
# --test_timeout: short (BD-1003) is 1 s, the others keep their defaults.
bazel --batch --output_user_root="$TMP/root" test \
  --spawn_strategy=local \
  --override_repository=rules_cc="$HERE/offline/rules_cc" \
  --override_repository=rules_java="$HERE/offline/rules_java" \
  --override_repository=remote_coverage_tools="$HERE/offline/remote_coverage_tools" \
  --test_env=BD_STATE_DIR="$TMP/state" \
  --runs_per_test='.*runs_twice.*@2' \
  --test_timeout=1,300,900,3600 \
  --test_output=summary \
  //cart:all 2>&1 | grep -E '^//|^Executed|FLAKY' || true

# bazel-testlogs -> $TMP/root/<md5>/execroot/bd_cart/bazel-out/k8-fastbuild/testlogs
BASE="$(cd -P bazel-testlogs/../../../../.. && pwd)"
FAKE_BASE="/root/.cache/bazel/_bazel_root/$(printf '%s' /work/main/__fixtures__/generators/bazel/workspace | md5sum | cut -d' ' -f1)"
rm -rf "$OUT/cart"
mkdir -p "$OUT"
(cd -P bazel-testlogs && find . -name '*.xml' | sort) | while read -r f; do
  mkdir -p "$OUT/$(dirname "$f")"
  sed -e "s#$BASE#$FAKE_BASE#g" \
    -e "s#$TMP/work#/work/main/__fixtures__/generators/bazel/workspace#g" \
    -e "s#$TMP/state#/tmp/bd-state#g" \
    -e 's#-- Test timed out at [0-9-]* [0-9:]* UTC --#-- Test timed out at 2026-01-01 00:00:00 UTC --#' \
    "bazel-testlogs/$f" > "$OUT/$f"
done
echo "wrote:"; (cd "$OUT" && find . -name '*.xml' | sort)
