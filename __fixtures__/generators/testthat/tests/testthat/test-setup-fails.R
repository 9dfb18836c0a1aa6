# Code outside test_that() that fails: testthat reports the file as an error.
test_that("BD-150 runs before the broken code", {
  expect_true(TRUE)
})

stop("fixture file missing: orders.csv")

test_that("BD-151 never runs", {
  expect_true(TRUE)
})
