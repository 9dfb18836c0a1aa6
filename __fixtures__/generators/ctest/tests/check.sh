#!/bin/sh
# Test driver for CMakeLists.txt: `sh check.sh MODE [ARGS...]`.
case "$1" in
  pass)
    echo "ok"
    exit 0 ;;
  bd2)
    echo "BD-2: submitting login form with a wrong password"
    echo "BD-2: server answered 401"
    echo "login error banner mismatch" >&2
    echo "expected: Invalid username or password" >&2
    echo "actual:   Something went wrong" >&2
    exit 1 ;;
  segfault)
    echo "BD-3: opening session store"
    kill -SEGV $$ ;;
  skip)
    echo "gift wrapping not implemented"
    exit 77 ;;
  discount)
    case "$2" in SAVE10) got=10 ;; SAVE20) got=20 ;; *) got=0 ;; esac
    if [ "$got" != "$3" ]; then
      echo "discount for $2: got $got, want $3" >&2
      exit 1
    fi
    exit 0 ;;
  bd9)
    echo "stdout with <b>markup</b> & \"quotes\" and 'apostrophes'"
    echo "rendered <script>alert(1)</script> & \"quotes\" in the page title" >&2
    exit 1 ;;
  flaky)
    # Fails on its first run, passes after: the runs are counted in the file $2.
    runs=$(($(cat "$2" 2>/dev/null || echo 0) + 1))
    echo "$runs" > "$2"
    if [ "$runs" -eq 1 ]; then
      echo "run $runs: connection reset" >&2
      exit 1
    fi
    echo "run $runs: connected"
    exit 0 ;;
  sleep)
    echo "exporting report..."
    sleep 5 ;;
  *)
    echo "unknown mode: $1" >&2
    exit 2 ;;
esac
