# The shop's cart, tested with Nim's unittest. Some tests fail ON PURPOSE.
import std/[os, streams, strutils, unittest]

# The JUnit report beside the console's: a formatter added first replaces
# the default console one, so that one is added too.
let junit = newJUnitOutputFormatter(
  newFileStream(getEnv("JUNIT_FILE", "junit.xml"), fmWrite))
addOutputFormatter(defaultConsoleFormatter())
addOutputFormatter(junit)

proc total(prices: openArray[int]): int =
  for price in prices: result += price

type OutOfStock = object of CatchableError

suite "cart":
  var items: seq[string]

  setup:
    items = @["apple", "pear"]

  test "BD-430 adds an item":
    items.add "plum"
    check items.len == 3

  test "BD-431 total is wrong":
    check total([2, 2]) == 5

  test "BD-432 two checks fail":
    let t = total([1, 2])
    check t == 4
    check items == @["apple", "plum"]

  test "BD-433 multi-line strings differ":
    let receipt = "apple 2\npear 3\ntotal 5"
    check receipt == "apple 2\npear 3\ntotal 6"

  test "BD-434 fails with a checkpoint":
    checkpoint("gave up: no stock")
    fail()

  test "BD-435 raises an exception":
    raise newException(OutOfStock, "no plums left")

  test "BD-436 expect the wrong exception":
    expect ValueError:
      discard parseInt("12")

  test "BD-437 skipped":
    skip()

  test "BD-438 prints output":
    echo "cart holds ", items.len, " items"
    check true

  test "BD-439 output then fail":
    echo "about to check the discount"
    check "<b> & \"free\" 'x'" == "<i>"

  test "BD-440 coupon <10> & \"quoted\" 'name'":
    check 1 + 1 == 3

  test "BD-441 expect passes":
    expect ValueError:
      discard parseInt("twelve")

  test "BD-442 unicode":
    check "prix: 5 €" == "prix: 6 € ✓ é"

  test "BD-443 index out of bounds":
    let i = items.len + 3
    echo items[i]

suite "checkout":
  setup:
    if true:
      raise newException(IOError, "database not reachable")

  test "BD-444 setup fails":
    check true

test "BD-445 outside a suite":
  check "apple".len == 6

junit.close()
