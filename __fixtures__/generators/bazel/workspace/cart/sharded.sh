#!/bin/sh
# shard_count = 3: shard 1 (of 0..2) fails.
[ -n "$TEST_SHARD_STATUS_FILE" ] && touch "$TEST_SHARD_STATUS_FILE"
echo "shard $TEST_SHARD_INDEX of $TEST_TOTAL_SHARDS"
if [ "$TEST_SHARD_INDEX" = 1 ]; then
  echo "shard 1: discount rounding off by 0.01" >&2
  exit 1
fi
