context("cart")

test_that("BD-101 adds an item", {
  expect_equal(cart_total(c(1, 2)), 3)
  expect_identical(cart_total(numeric()), 0)
})

test_that("[BD-102] totals with tax", {
  expect_equal(cart_total(c(1, 2)), 4)
})

test_that("BD-103 compares carts (identical, multi-line diff)", {
  cart <- list(items = c("apple", "pear", "plum"), total = 3, currency = "EUR")
  expect_identical(cart, list(items = c("apple", "pear", "fig"), total = 4, currency = "EUR"))
})

test_that("BD-104 long vectors differ", {
  expect_equal(1:20, c(1:9, 100L, 11:20))
})

test_that("BD-105 rejects a negative price", {
  expect_error(cart_total(c(1, -2)), "price must be positive")
})

test_that("BD-106 throws inside the test", {
  cart_total(c(5, -1))
})

test_that("BD-107 expects an error that never comes", {
  expect_error(cart_total(c(1, 2)))
})

test_that("BD-108 first expectation fails, the second passes", {
  expect_equal(cart_total(c(2, 2)), 5)
  expect_true(TRUE)
})

test_that("BD-109 stop() with a condition call", {
  f <- function() stop("cart is locked\nsecond line of the error")
  f()
})
