Feature: Shopping cart

  Scenario: BD-316 adds an item to the cart
    Given an empty cart
    When I add 2 apples
    Then the cart holds 2 items

  Scenario: BD-317 removes an item from the cart
    Given an empty cart
    When I add 2 apples
    And I remove 1 apple
    Then the cart holds 0 items

  @BD-318
  Scenario: Empties the cart
    Given an empty cart
    When I add 2 apples
    And I empty the cart
    Then the cart holds 0 items

  Scenario: BD-319 applies a voucher
    Given an empty cart
    When I apply the voucher "SPRING"
    Then the cart holds 0 items

  Scenario Outline: BD-320 adds several items
    Given an empty cart
    When I add <count> apples
    Then the cart holds <count> items

    Examples:
      | count |
      | 1     |
      | 3     |
