describe("BD-140 checkout", {
  it("charges the card", {
    expect_equal(10, 10)
  })
  it("sends a receipt", {
    expect_equal("sent", "queued")
  })
  describe("with a coupon", {
    it("applies the discount", {
      expect_equal(9, 9)
    })
  })
})

describe("payment", {
  it("BD-141 refunds", {
    expect_true(TRUE)
  })
  it("BD-142 is pending", {
    skip("not implemented")
  })
})

for (qty in c(1, 2, 3)) {
  test_that(paste0("BD-143 quantity ", qty, " is stocked"), {
    expect_lt(qty, 3)
  })
}

test_that("BD-144 table-driven prices", {
  cases <- list(list(in_ = 1, out = 1), list(in_ = 2, out = 3), list(in_ = 3, out = 3))
  for (case in cases) {
    expect_equal(case$in_, case$out, label = paste("price", case$in_))
  }
})
