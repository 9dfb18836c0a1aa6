require "spec"
require "../src/cart"

describe "BD-930 helpers" do
  before_each do
    raise "before_each failed" if ENV["CART_BEFORE_FAILS"]? == "1"
  end

  it "formats a price" do
    "%.2f" % 3.5
    ("%.2f" % 3.5).should eq("3.50")
  end

  it "BD-931 rounds a price", focus: ENV["CART_FOCUS"]? == "1" do
    3.456.round(2).should be_close(3.47, 0.001)
  end
end
