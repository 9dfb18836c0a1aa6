require 'minitest'

# minitest's assertions in steps (minitest ships with ruby).
module MinitestAssertions
  def self.extended(base)
    base.extend(Minitest::Assertions)
    base.assertions = 0
  end

  attr_accessor :assertions
end

World(MinitestAssertions)
