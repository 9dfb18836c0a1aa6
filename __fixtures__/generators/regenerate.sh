#!/usr/bin/env bash
# Runs every */generate.sh next to this script (one per test tool) and reports
# which succeeded. Each generator writes into __fixtures__/reports/<tool>/.
# Usage: regenerate.sh [tool ...]   (no arguments: all tools)
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_DIR="$(mktemp -d)"

if [ "$#" -gt 0 ]; then
  scripts=()
  for tool in "$@"; do scripts+=("$HERE/$tool/generate.sh"); done
else
  scripts=("$HERE"/*/generate.sh)
fi

ok=()
failed=()
for script in "${scripts[@]}"; do
  tool="$(basename "$(dirname "$script")")"
  if [ ! -f "$script" ]; then
    echo "=== $tool: no generate.sh" >&2
    failed+=("$tool")
    continue
  fi
  echo "=== $tool: running $script (log: $LOG_DIR/$tool.log)"
  if bash "$script" >"$LOG_DIR/$tool.log" 2>&1; then
    ok+=("$tool")
    echo "=== $tool: OK"
  else
    failed+=("$tool")
    echo "=== $tool: FAILED; last lines of its log:" >&2
    tail -n 20 "$LOG_DIR/$tool.log" >&2
  fi
done

echo
echo "succeeded (${#ok[@]}): ${ok[*]:-none}"
echo "failed (${#failed[@]}): ${failed[*]:-none}"
echo "logs: $LOG_DIR"
[ "${#failed[@]}" -eq 0 ]
