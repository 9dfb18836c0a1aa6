# testthat writes one testcase per expectation, under the test's name: a
# failed expectation, then a passing one, is one failed test, not a retry.
test_that("BD-165 fails first, then passes", {
  expect_equal(cart_total(c(1, 1)), 3)
  expect_true(TRUE)
})

test_that("BD-166 passes, then errors", {
  expect_true(TRUE)
  stop("late failure")
})
