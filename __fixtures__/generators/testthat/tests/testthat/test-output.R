test_that("BD-120 warns inside a test", {
  warning("stock is low")
  expect_true(TRUE)
})

test_that("BD-121 only warns", {
  warning("deprecated: use add_item()")
})

test_that("BD-122 prints a message and output", {
  message("a message to stderr")
  cat("output to stdout\n")
  print(list(a = 1))
  expect_equal(2, 3)
})

test_that("BD-123 expect_warning that does not warn", {
  expect_warning(1 + 1)
})

test_that("BD-124 expect_output mismatch", {
  expect_output(cat("hello"), "goodbye")
})

test_that("BD-125 expect_snapshot-free message check", {
  expect_message(message("hi"), "bye")
})
