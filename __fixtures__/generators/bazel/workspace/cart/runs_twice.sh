#!/bin/sh
# With --runs_per_test=2: the first run to start fails, the other passes.
state="$BD_STATE_DIR/runs_twice"
if mkdir "$state" 2>/dev/null; then
  echo "run one: stock count mismatch" >&2
  exit 1
fi
echo "run two: stock count ok"
