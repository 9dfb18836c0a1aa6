#!/usr/bin/env bats
# Some tests fail ON PURPOSE: this project produces the bats JUnit fixture.

load helpers

@test "BD-1 user can log in" {
  run login alice secret
  [ "$status" -eq 0 ]
  [ "$output" = "welcome alice" ]
}

@test "[BD-2] cart total is wrong" {
  echo "cart has 2 items"
  total=$((2 + 2))
  [ "$total" -eq 5 ]
}

@test "BD-3: crashes with an error" {
  no_such_command --boom
}

@test "BD-4 skipped feature" {
  skip "not ready yet"
  false
}

@test "BD-7 BD-8 shared flow" {
  run login bob hunter2
  [ "$status" -eq 0 ]
}

@test "helper works" {
  [ "$(add 1 2)" -eq 3 ]
}

@test "BD-9 renders <script>alert(1)</script> & \"quotes\"" {
  echo 'message: <img src=x onerror=alert(1)> & "quotes" ]]> end'
  false
}

@test "BD-10 deep stack" {
  level1
}

@test "skipped without a reason" {
  skip
}

@test "BD-6 adds 1 + 1 = 2" {
  [ "$(add 1 1)" -eq 2 ]
}

@test "BD-6 adds 3 + 3 = 7" {
  [ "$(add 3 3)" -eq 7 ]
}
