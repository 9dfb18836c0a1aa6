#!/usr/bin/env bash
# Regenerates __fixtures__/reports/pytest/*.xml from the tests in this folder.
# The tests are meant to fail; pytest's exit code is ignored.
# Needs Debian packages: python3-pytest, python3-pytest-rerunfailures; for the
# plugin reports python3-pytest-xdist, python3-pytest-timeout,
# python3-pytest-subtests, python3-pytest-bdd and python3-hypothesis.
# Override the interpreter with PYTHON=/path/to/python3 (default: /usr/bin/python3,
# i.e. Debian's pytest, falling back to python3 on PATH).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/reports/pytest"

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
if ! "$PYTHON" -m pytest --version >/dev/null 2>&1; then
  echo "error: pytest not found for $PYTHON; install it with: apt-get install -y python3-pytest" >&2
  exit 1
fi
HAVE_RERUNS=1
if ! "$PYTHON" -c 'import pytest_rerunfailures' >/dev/null 2>&1; then
  echo "warning: pytest-rerunfailures missing, skipping pytest-reruns.xml;" \
       "install it with: apt-get install -y python3-pytest-rerunfailures" >&2
  HAVE_RERUNS=0
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
export PYTHONDONTWRITEBYTECODE=1
cd "$HERE"

echo "== $("$PYTHON" -m pytest --version 2>&1)"

# -p no:cacheprovider keeps .pytest_cache out of the repo.
# -p no:rerunfailures keeps the plugin's options out of the first two runs.
"$PYTHON" -m pytest tests -p no:cacheprovider -p no:rerunfailures \
  -o junit_family=xunit1 -o junit_logging=system-out -o junit_suite_name=bd-pytest \
  --junitxml="$TMP/pytest-xunit1.xml" || true

"$PYTHON" -m pytest tests -p no:cacheprovider -p no:rerunfailures \
  -o junit_family=xunit2 \
  --junitxml="$TMP/pytest-xunit2.xml" || true

# Parametrized tests whose marker ends the function's name (test_login_bd081[chrome]).
"$PYTHON" -m pytest tests_params -p no:cacheprovider -p no:rerunfailures \
  --junitxml="$TMP/pytest-parametrized.xml" || true

# Nested test classes, markers in the classes' names or in the tests' (see the README's nesting section).
for family in xunit1 xunit2; do
  "$PYTHON" -m pytest tests_nesting -p no:cacheprovider -p no:rerunfailures -p no:flaky \
    -o junit_family=$family --junitxml="$TMP/pytest-nesting-$family.xml" || true
done

cp "$TMP/pytest-xunit1.xml" "$TMP/pytest-xunit2.xml" "$TMP/pytest-parametrized.xml" \
  "$TMP/pytest-nesting-xunit1.xml" "$TMP/pytest-nesting-xunit2.xml" "$OUT/"

if [[ $HAVE_RERUNS == 1 ]]; then
  mkdir -p "$TMP/flaky-state"
  FLAKY_STATE_DIR="$TMP/flaky-state" "$PYTHON" -m pytest tests_reruns -p no:cacheprovider -p no:flaky \
    --reruns 1 -o junit_family=xunit1 -o junit_logging=system-out \
    --junitxml="$TMP/pytest-reruns.xml" || true
  cp "$TMP/pytest-reruns.xml" "$OUT/"
fi

# Plugins. -p no:flaky everywhere: Debian's python3-flaky plugin is loaded otherwise.
HAVE_PLUGINS=1
for module in xdist pytest_timeout pytest_subtests pytest_bdd hypothesis; do
  if ! "$PYTHON" -c "import $module" >/dev/null 2>&1; then
    echo "warning: $module missing, skipping pytest-xdist.xml and pytest-plugins.xml;" \
         "install python3-pytest-xdist python3-pytest-timeout python3-pytest-subtests" \
         "python3-pytest-bdd python3-hypothesis" >&2
    HAVE_PLUGINS=0
  fi
done
if [[ $HAVE_PLUGINS == 1 ]]; then
  # pytest-xdist: two workers; two tests crash theirs.
  "$PYTHON" -m pytest tests_xdist -p no:cacheprovider -p no:rerunfailures -p no:flaky \
    -n 2 -o junit_family=xunit1 --junitxml="$TMP/pytest-xdist.xml" || true
  # pytest-subtests, pytest-timeout (signal), pytest-bdd, hypothesis.
  "$PYTHON" -m pytest tests_subtests tests_timeout tests_bdd tests_hypothesis \
    -p no:cacheprovider -p no:rerunfailures -p no:flaky -o junit_family=xunit1 \
    --junitxml="$TMP/pytest-plugins.xml" || true
  cp "$TMP/pytest-xdist.xml" "$TMP/pytest-plugins.xml" "$OUT/"
fi

# pytest's own outcomes: teardown errors, xfail, a module that fails to
# import and one skipped whole, captured logs (junit_logging=all).
"$PYTHON" -m pytest tests_outcomes -p no:cacheprovider -p no:rerunfailures -p no:flaky \
  --continue-on-collection-errors -o junit_family=xunit1 -o junit_logging=all \
  --junitxml="$TMP/pytest-outcomes.xml" || true
cp "$TMP/pytest-outcomes.xml" "$OUT/"

echo "wrote:"; ls -1 "$OUT"/*.xml
