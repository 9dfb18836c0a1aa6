#!/usr/bin/env bats
# setup_file fails: no test of this file runs.

setup_file() {
  echo "database is down"
  return 1
}

@test "BD-11 never runs" {
  true
}
