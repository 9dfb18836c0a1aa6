# Some scenarios fail ON PURPOSE: the fixtures need failures.
Feature: Cart

  Scenario: BD-151 adds an item
    Given an empty cart
    When I add 1 item at 5 euros
    Then the total is 5 euros

  Scenario: [BD-152] total is wrong
    Given an empty cart
    When I add 2 items at 5 euros
    Then the total is 15 euros
    And the cart shows "2 items"

  Scenario: BD-153 pending step
    Given an empty cart
    When I apply a coupon
    Then the total is 0 euros

  Scenario: BD-154 undefined step
    Given an empty cart
    When I pay with a gift card
    Then the total is 0 euros

  Scenario: BD-155 raises an error
    Given an empty cart
    When I print "stock check for BD-155"
    When the stock service fails with "<sku> & \"qty\""
    Then the total is 0 euros

  @BD-156
  Scenario: a tagged scenario without a marker in its name
    Given an empty cart
    When I add 1 item at 5 euros
    Then the total is 6 euros

  Scenario: BD-157 ünïcödé – 名前 <tag> & "quotes" 'apos'
    Given an empty cart
    When I print "stdout from BD-157: <ok> & done"
    Then the total is 0 euros

  Scenario: BD-158 doc string in a failing step
    Given an empty cart
    Then the receipt reads:
      """
      Cart receipt
      Total: 10 € <b>
      Thank you & "goodbye"
      """

  Scenario: BD-159 data table in a failing step
    Given an empty cart
    When I add these items:
      | sku | qty | price |
      | A-1 | 2   | 5     |
      | B-2 | 1   | 3     |
    Then the total is 14 euros
