require "spec"
require "../src/cart"

describe "Cart" do
  it "BD-900 adds an item" do
    cart = Cart.new
    cart.add("apple", 3)
    cart.items.size.should eq(1)
  end

  it "BD-901 total is wrong" do
    cart = Cart.new
    cart.add("apple", 2)
    cart.add("pear", 2)
    cart.total.should eq(5)
  end

  it "BD-902 raises an exception" do
    Cart.new.add("plums", 1)
  end

  it "BD-903 expect_raises the wrong error" do
    expect_raises(ArgumentError, "bad price") do
      Cart.new.add("plums", 1)
    end
  end

  it "BD-904 fails with fail()" do
    fail "gave up: no stock"
  end

  pending "BD-905 pending without a block"

  it "BD-906 pending with a reason" do
    pending!("payment sandbox is down")
  end

  it "BD-907 prints output" do
    puts "stdout: cart has 2 items"
    STDERR.puts "stderr: warning about the cart"
    1.should eq(1)
  end

  it "BD-908 output then fail" do
    puts "stdout: about to fail"
    STDERR.puts "stderr: about to fail"
    "<b> & \"quoted\" 'name'".should eq("<i>")
  end

  it "BD-909 coupon <10> & \"quoted\" 'name'" do
    "SAVE10".should_not eq("SAVE10")
  end

  it "BD-910 multi-line strings differ" do
    "line one\nline two\nline three".should eq("line one\nline 2\nline three")
  end

  it "BD-911 unicode: prix 6 € ✓ é" do
    "6 € ✓".should eq("7 € ✓ é")
  end

  it "BD-912 reads past the end of a list" do
    [1, 2][5]
  end

  it "BD-913 be_nil and be_true fail" do
    nil.should_not be_nil
  end

  it "BD-914 raises an exception without a message" do
    raise OutOfStock.new
  end

  describe "BD-920 checkout" do
    it "pays by card" do
      true.should be_true
    end

    it "declines an expired card" do
      (1 + 1).should eq(3)
    end

    context "BD-921 with a coupon" do
      it "applies 10%" do
        90.should eq(90)
      end

      it "rejects an expired coupon" do
        "expired".should eq("valid")
      end

      it "BD-922 has its own marker" do
        2.should be < 1
      end

      context "in a gift box" do
        it "wraps the items" do
          raise "no gift paper"
        end
      end
    end
  end

  describe "shipping" do
    it "BD-923 is free above 50", tags: "slow" do
      (49 >= 50).should be_true
    end

    it "is not marked" do
      1.should eq(2)
    end
  end
end

it "BD-924 outside a describe" do
  1.should eq(1)
end
