#!/usr/bin/env bash
# Regenerates the newman JUnit XML fixture in __fixtures__/reports/newman/: a
# small collection (two iterations) against server.js, a tiny HTTP server
# started here on 127.0.0.1 at a free port.
# Some tests fail ON PURPOSE, so the test command's exit code is ignored;
# this script fails only if installing or producing the report fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPORTS="$HERE/../../reports/newman"
cd "$HERE"

npm ci --no-audit --no-fund

rm -rf out
mkdir -p out

node server.js >out/server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  test -s out/server.log && break
  sleep 0.1
done
port="$(head -n 1 out/server.log)"
[[ "$port" =~ ^[0-9]+$ ]] || { echo "error: the server did not start: $(cat out/server.log)" >&2; exit 1; }

# Piped through tee so newman never sees a TTY (no colour codes).
set +e
./node_modules/.bin/newman run collection.json \
  --env-var "baseUrl=http://127.0.0.1:$port" \
  --iteration-count 2 \
  --timeout-request 5000 \
  --reporters cli,junit \
  --reporter-junit-export out/junit.xml \
  --color off 2>&1 | tee out/run.log
status=${PIPESTATUS[0]}
set -e
echo "newman exited with status $status (non-zero is expected: some tests fail on purpose)"

mkdir -p "$REPORTS"
test -s out/junit.xml || { echo "error: out/junit.xml was not produced" >&2; exit 1; }
cp out/junit.xml "$REPORTS/newman-junit.xml"
echo "wrote $REPORTS/newman-junit.xml"
