login() {
  if [ "$2" = "" ]; then echo "no password"; return 1; fi
  echo "welcome $1"
}
add() { echo $(($1 + $2)); }
level3() { echo "level3 fails" >&2; return 3; }
level2() { level3; }
level1() { level2; }
