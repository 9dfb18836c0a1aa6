#!/usr/bin/env bash
# Regenerates the RSpec (rspec_junit_formatter) fixtures in __fixtures__/reports/rspec/.
# Needs Debian's ruby-rspec and ruby-rspec-junit-formatter
# (apt-get install -y ruby-rspec ruby-rspec-junit-formatter); nothing else is downloaded.
# Runs from this folder, so the reports' paths are ./spec/…. Some examples fail ON PURPOSE,
# so rspec's exit code is ignored; this script fails only if a report is not produced.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/rspec"
cd "$HERE"

command -v rspec >/dev/null || { echo "error: rspec not found: apt-get install -y ruby-rspec ruby-rspec-junit-formatter" >&2; exit 1; }
ruby -e 'require "rspec_junit_formatter"' 2>/dev/null || { echo "error: rspec_junit_formatter not found: apt-get install -y ruby-rspec-junit-formatter" >&2; exit 1; }

rm -rf out
mkdir -p out "$REPORTS"
produced() {
  test -s "out/$1" || { echo "error: out/$1 was not produced" >&2; exit 1; }
  cp "out/$1" "$REPORTS/$1"
  echo "wrote $REPORTS/$1"
}

set +e
# 1. As rspec_junit_formatter's README says, with the console's progress too (defined order).
rspec --format progress --format RspecJunitFormatter --out out/rspec.xml 2>&1 | tee out/run.log
# 2. Random order, seed 1: the same examples in another order, the seed in the suite's properties.
rspec --order rand --seed 1 --format progress --format RspecJunitFormatter --out out/rspec-rand-seed1.xml >out/run-rand.log 2>&1
# 3. Each example's output captured into the metadata the formatter writes as <system-out> and
#    <system-err> (the formatter's README's recipe; spec_helper.rb does it when this is set).
RSPEC_CAPTURE_OUTPUT=1 rspec --format progress --format RspecJunitFormatter --out out/rspec-captured-output.xml >out/run-captured.log 2>&1
# 4. The report written to standard output and redirected, as some CI setups do: what the examples
#    print, and rspec's report of the after(:context) error, land in the file before the XML
#    declaration (not well-formed: the action refuses it and says why).
rspec --format RspecJunitFormatter >out/rspec-stdout-redirected.xml 2>out/run-redirected.log
# 5. Nested describe/context blocks with marked descriptions, from their own folder (not in spec/).
rspec nesting --format progress --format RspecJunitFormatter --out out/rspec-nesting.xml >out/run-nesting.log 2>&1
set -e

produced rspec.xml
produced rspec-rand-seed1.xml
produced rspec-captured-output.xml
produced rspec-stdout-redirected.xml
produced rspec-nesting.xml
