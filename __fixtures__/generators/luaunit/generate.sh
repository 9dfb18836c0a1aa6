#!/usr/bin/env bash
# Regenerates the LuaUnit (--output junit) fixtures in __fixtures__/reports/luaunit/.
# Needs Debian's LuaUnit 3.4 and Lua 5.4 and 5.1
# (apt-get install -y lua-unit lua5.4 lua5.1).
# Some tests fail ON PURPOSE, so the test commands' exit codes are ignored.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/luaunit"
cd "$HERE"
for tool in lua5.4 lua5.1; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install -y $tool lua-unit)" >&2; exit 1; }
done
lua5.4 -e 'require("luaunit")' || { echo "error: LuaUnit not found (apt-get install -y lua-unit)" >&2; exit 1; }
rm -rf out && mkdir -p out
lua5.4 -e 'print("LuaUnit " .. require("luaunit").VERSION .. ", " .. _VERSION)' | tee out/version.txt
lua5.1 -v 2>&1 | tee -a out/version.txt
set +e
# The console run prints LuaUnit's own summary and the tests' output (the
# report has neither).
lua5.4 test_cart.lua -v 2>&1 | tee out/run.log
# The report goes to --name; the console gets a log of the run.
lua5.4 test_cart.lua --output junit --name out/luaunit-junit.xml > out/junit.log 2>&1
lua5.1 test_cart.lua --output junit --name out/luaunit-lua51-junit.xml > out/lua51.log 2>&1
# The environment's LUAUNIT_OUTPUT and LUAUNIT_JUNIT_FNAME, a name without
# .xml (LuaUnit adds it).
LUAUNIT_OUTPUT=junit LUAUNIT_JUNIT_FNAME=out/luaunit-env-junit lua5.4 test_cart.lua > out/env.log 2>&1
# --repeat: each failure's message says in which iteration it failed.
lua5.4 test_cart.lua -o junit -n out/luaunit-repeat-junit.xml --repeat 2 > out/repeat.log 2>&1
lua5.4 test_cart.lua -o junit -n out/luaunit-shuffle-junit.xml --shuffle > out/shuffle.log 2>&1
# --failure: it stops at the first failure, the report holds the tests run.
lua5.4 test_cart.lua -o junit -n out/luaunit-stop-junit.xml --failure > out/stop.log 2>&1
# --pattern and --exclude: the tests not selected are not written.
lua5.4 test_cart.lua -o junit -n out/luaunit-pattern-junit.xml --pattern bd43 --exclude bd435 > out/pattern.log 2>&1
# A test named with < & " ': written unescaped, the report is no XML.
lua5.4 test_names.lua -o junit -n out/luaunit-names-junit.xml > out/names.log 2>&1
set -e
mkdir -p "$REPORTS"
for report in luaunit-junit luaunit-lua51-junit luaunit-env-junit luaunit-repeat-junit \
  luaunit-shuffle-junit luaunit-stop-junit luaunit-pattern-junit luaunit-names-junit; do
  test -s "out/$report.xml" || { echo "error: out/$report.xml was not produced" >&2; exit 1; }
  cp "out/$report.xml" "$REPORTS/$report.xml"
  echo "wrote $REPORTS/$report.xml"
done
