test_that("BD-110 skipped with a reason", {
  skip("payment gateway is down")
  expect_true(FALSE)
})

test_that("BD-111 skip_if on a condition", {
  skip_if(TRUE, "no network in CI")
  expect_true(FALSE)
})

test_that("BD-112 skip_on_cran", {
  skip_on_cran()
  expect_true(TRUE)
})

test_that("BD-113 has no expectations", {
  x <- 1 + 1
})

test_that("BD-114 skip_if_not without a message", {
  skip_if_not(FALSE)
})

test_that("BD-115 passes, then skips", {
  expect_true(TRUE)
  skip("rest needs a database")
  expect_true(FALSE)
})

test_that("BD-116 skip after a failure", {
  expect_equal(1, 2)
  skip("gave up")
})
