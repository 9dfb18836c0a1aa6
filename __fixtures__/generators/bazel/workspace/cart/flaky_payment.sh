#!/bin/sh
# Fails on its first attempt, passes on the next: the state lives in
# BD_STATE_DIR (passed with --test_env by generate.sh).
state="$BD_STATE_DIR/flaky_payment"
if [ ! -e "$state" ]; then
  touch "$state"
  echo "payment gateway timed out (attempt 1)"
  exit 1
fi
echo "payment accepted"
