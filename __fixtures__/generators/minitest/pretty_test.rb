# Minitest::Test.make_my_diffs_pretty!: values are shown with pretty_inspect,
# so every assert_equal failure is a unified diff (`--- expected`), as it is
# without it for values longer than 30 characters or of several lines, and
# assert_raises's messages break after the exception class.
require 'minitest/autorun'
require 'minitest/reporters'
require_relative 'cart_helper'
Minitest::Reporters.use! [Minitest::Reporters::DefaultReporter.new, Minitest::Reporters::JUnitReporter.new('reports')]
Minitest::Test.make_my_diffs_pretty!

class PrettyDiffTest < Minitest::Test
  def test_bd20_pretty_hash_diff
    expected = { name: 'Alice', items: [1, 2, 3], total: 10 }
    actual = { name: 'Alice', items: [1, 2, 4], total: 11 }
    assert_equal expected, actual
  end

  def test_bd21_long_string_diff
    assert_equal "line one\nline two\nline three\n", "line one\nline 2\nline three\n"
  end

  def test_bd22_assert_raises_wrong
    assert_raises(ArgumentError) { raise TypeError, 'wrong kind' }
  end

  def test_bd23_assert_raises_none
    assert_raises(ArgumentError) { 1 + 1 }
  end

  def test_bd24_helper_raises
    CartHelper.price(:pear)
  end

  def test_bd25_html_unicode
    flunk "Zahlung <b>fehlgeschlagen</b> für „Müller“ — 支払い失敗 😀 & <script>x</script>"
  end

  def test_bd26_multiline_error
    raise "first line of error\nsecond line of error"
  end

  def test_bd27_assert_output
    assert_output("hello\n") { puts 'goodbye' }
  end

  define_method('test_BD-28 hyphenated name passes') { assert true }
  define_method('test_BD-29 hyphenated name fails') { assert_equal 1, 2 }
end

class SkipInSetupTest < Minitest::Test
  def setup
    skip 'BD-30 needs the payment sandbox'
  end

  def test_bd30_pays
    assert true
  end
end
