# Runs the tests of tests/testthat with testthat's JunitReporter.
# Usage: Rscript run.R <mode> <report path>
#   dir        test_dir() with the JunitReporter alone
#   progress   test_dir() with a ProgressReporter (no failure limit) beside it
#   terminated test_dir() with a ProgressReporter and its default limit of 10 failures
#   file       test_file() of test-cart.R alone
args <- commandArgs(trailingOnly = TRUE)
library(testthat)
mode <- args[[1]]
# test_dir() runs in tests/testthat: the report's path must be absolute.
out <- args[[2]]
if (!startsWith(out, "/")) out <- file.path(getwd(), out)
junit <- JunitReporter$new(file = out)
progress <- function() ProgressReporter$new(show_praise = FALSE)
if (mode == "dir") {
  test_dir("tests/testthat", reporter = junit, stop_on_failure = FALSE)
} else if (mode == "progress") {
  options(testthat.progress.max_fails = Inf)
  test_dir("tests/testthat", stop_on_failure = FALSE,
    reporter = MultiReporter$new(list(progress(), junit)))
} else if (mode == "terminated") {
  test_dir("tests/testthat", stop_on_failure = FALSE,
    reporter = MultiReporter$new(list(progress(), junit)))
} else if (mode == "file") {
  test_file("tests/testthat/test-cart.R",
    reporter = MultiReporter$new(list(progress(), junit)))
}
