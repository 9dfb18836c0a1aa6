#!/usr/bin/env bash
# Regenerates the Rust libtest `--format junit` JUnit XML fixtures in
# __fixtures__/reports/rust-libtest/.
# Needs cargo and rustc (Debian's `cargo` package, or rustup); the crate has no
# dependencies, so nothing is downloaded (--offline). The junit format is
# unstable: RUSTC_BOOTSTRAP=1 lets a stable toolchain take -Z unstable-options.
# Some tests fail ON PURPOSE, so cargo's exit code is ignored; this script
# fails only if a report is not produced.
#
# libtest writes one XML document per test binary on stdout, so the usual
# `cargo test -- --format junit > junit.xml` gives a file of several documents
# (libtest-all.xml: the unit tests, the integration test binary, the doctests).
# Run per target, each file holds one document (libtest-lib.xml,
# libtest-integration.xml, libtest-doc.xml).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/rust-libtest"
cd "$HERE"

export RUSTC_BOOTSTRAP=1 RUST_BACKTRACE=0 CARGO_TERM_COLOR=never
LIBTEST_ARGS=(-Z unstable-options --format junit --report-time)

rm -rf out
mkdir -p out
cargo build --offline --tests

run() { # run <output> <cargo test args...>
  local output="$1"
  shift
  set +e
  cargo test --offline --no-fail-fast "$@" -- "${LIBTEST_ARGS[@]}" >"out/$output" 2>>out/run.log
  local status=$?
  set -e
  echo "cargo test $* exited with status $status (non-zero is expected: some tests fail on purpose)"
  test -s "out/$output" || { echo "error: out/$output was not produced" >&2; exit 1; }
}
run libtest-all.xml
run libtest-lib.xml --lib
run libtest-integration.xml --test bd_11_integration
run libtest-doc.xml --doc

mkdir -p "$REPORTS"
for file in libtest-all.xml libtest-lib.xml libtest-integration.xml libtest-doc.xml; do
  cp "out/$file" "$REPORTS/$file"
  echo "wrote $REPORTS/$file"
done
