require 'minitest/autorun'
require 'minitest/reporters'
Minitest::Reporters.use! [Minitest::Reporters::SpecReporter.new, Minitest::Reporters::JUnitReporter.new('reports')]

class CartTest < Minitest::Test
  def test_BD_12_adds_item
    puts 'adding item'
    assert_equal 2, 1 + 1
  end

  def test_total_is_wrong
    $stderr.puts 'computing total'
    assert_equal 5, 2 + 2, 'total <&>'
  end

  def test_throws
    raise 'boom from test'
  end

  def test_skipped
    skip 'not ready yet'
  end

  [2, 3].each do |n|
    define_method("test_is_even_#{n}") { assert_equal 0, n % 2 }
  end
end

class SetupFailsTest < Minitest::Test
  def setup
    raise 'setup failed'
  end

  def test_one
    assert true
  end
end

class TeardownFailsTest < Minitest::Test
  def teardown
    raise 'teardown failed'
  end

  def test_one
    assert true
  end
end

describe 'Cart spec' do
  it 'BD-13 spec passes' do
    _(1).must_equal 1
  end

  it 'spec fails' do
    _(1).must_equal 2
  end
end

class OtherTest < Minitest::Test
  def test_one
    assert true
  end
end
