#!/usr/bin/env bash
# Regenerates the tasty (tasty-ant-xml, --xml=FILE) fixtures in __fixtures__/reports/tasty/.
# Needs Debian's ghc and tasty packages (apt-get install -y ghc libghc-tasty-dev
# libghc-tasty-hunit-dev libghc-tasty-quickcheck-dev libghc-tasty-ant-xml-dev
# libghc-tasty-expected-failure-dev). Some tests fail ON PURPOSE, so the test
# command's exit code is ignored. With --xml, tasty prints nothing: each
# report's console run (the .log next to it in out/) gives tasty's own counts.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/tasty"
cd "$HERE"
command -v ghc >/dev/null 2>&1 || { echo "error: ghc not found; install it with: apt-get install -y ghc" >&2; exit 1; }
for package in tasty tasty-hunit tasty-quickcheck tasty-ant-xml tasty-expected-failure; do
  ghc-pkg --simple-output list "$package" | grep -q . ||
    { echo "error: the Haskell package $package not found; install it with: apt-get install -y libghc-$package-dev" >&2; exit 1; }
done
rm -rf out && mkdir -p out
ghc -O0 -outputdir out -o out/tests Main.hs
set +e
# Seed 1: QuickCheck finds the same counterexamples every time.
run() {
  local name="$1"
  shift
  (cd out && ./tests --quickcheck-replay=1 --color=never "$@" >"$name.log" 2>&1)
  (cd out && ./tests --quickcheck-replay=1 "$@" --xml="$name.xml" >/dev/null 2>&1)
  echo "$name: $(tail -n 1 "out/$name.log")"
}
run tasty-ant-xml
run tasty-pattern --pattern '/BD-23/ || /BD-253/'
run tasty-hide-successes --hide-successes --num-threads 2
set -e
mkdir -p "$REPORTS"
for name in tasty-ant-xml tasty-pattern tasty-hide-successes; do
  test -s "out/$name.xml" || { echo "error: out/$name.xml was not produced" >&2; exit 1; }
  cp "out/$name.xml" "$REPORTS/$name.xml"
  echo "wrote $REPORTS/$name.xml"
done
