-- Some tests fail ON PURPOSE: this project produces the busted JUnit fixture.
local function add(a, b) return a + b end
local function level3() error("boom from level3") end
local function level2() level3() end
local function level1() level2() end

it("BD-1 user can log in", function()
  assert.are.equal("welcome alice", "welcome " .. "alice")
end)

it("[BD-2] cart total is wrong", function()
  print("cart has 2 items")
  assert.are.equal(5, add(2, 2))
end)

it("BD-3: crashes with an error", function()
  level1()
end)

pending("BD-4 skipped feature")

it("BD-7 BD-8 shared flow", function()
  assert.is_true(true)
end)

it("helper works", function()
  assert.are.equal(3, add(1, 2))
end)

it('BD-9 renders <script>alert(1)</script> & "quotes"', function()
  error('message: <img src=x onerror=alert(1)> & "quotes" ]]> end', 0)
end)

it("BD-10 deep stack", function()
  local t = nil
  assert.is_not_nil(t, "cart is missing")
end)

-- Parametrized: one it() per row.
for _, row in ipairs({ { 1, 2 }, { 2, 4 }, { 3, 7 } }) do
  it(("BD-6 adds %d + %d = %d"):format(row[1], row[1], row[2]), function()
    assert.are.equal(row[2], add(row[1], row[1]))
  end)
end

describe("BD-5 checkout", function()
  it("applies coupon", function()
    assert.are.equal(9, add(10, -1))
  end)

  describe("shipping", function()
    it("computes shipping", function()
      assert.are.equal(8, add(3, 4))
    end)

    it("is pending inside", function()
      pending("carrier API not ready")
    end)
  end)
end)

describe("profile", function()
  before_each(function()
    error("database is down")
  end)

  it("BD-13 shows avatar", function()
    assert.is_true(true)
  end)
end)
