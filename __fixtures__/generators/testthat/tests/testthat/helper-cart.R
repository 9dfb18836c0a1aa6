# Loaded before the tests: a helper the tests call.
cart_total <- function(prices) {
  if (any(prices < 0)) stop("negative price: ", prices[prices < 0][1])
  sum(prices)
}
