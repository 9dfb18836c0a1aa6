test_that("BD-130 unicode: café ✓ 日本語", {
  expect_equal("café", "cafe")
})

test_that("BD-131 <tags> & \"quotes\" 'apostrophes'", {
  expect_equal("<b>&amp;</b>", "<b>&</b>")
})

test_that("BD-132 message with < > & \" '", {
  stop("bad input: <script>alert('x') & \"y\"</script>")
})

test_that("BD-133 passes with ünïcödé", {
  expect_equal("é", "é")
})

test_that("BD-134 names.with.dots and spaces", {
  expect_true(FALSE, info = "dots and spaces in the name")
})
