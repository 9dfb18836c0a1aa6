Feature: Cart

  Scenario: BD-12 adds an item
    Given a cart
    When I add 1 item
    Then the cart has 1 item

  Scenario: total is wrong
    Given a cart
    When I add 2 item
    Then the cart has 5 item

  Scenario: step throws
    Given a cart
    When the step throws

  Scenario: pending step
    Given a cart
    When a pending step

  Scenario: undefined step
    Given a cart
    When a step nobody wrote

  Scenario: skipped step
    Given a cart
    When a skipped step
    Then the cart has 0 item

  @flaky
  Scenario: flaky passes on retry
    Given a flaky step

  Scenario Outline: even <n>
    Given a number <n>
    Then it is even

    Examples:
      | n |
      | 2 |
      | 3 |

  Scenario: ambiguous step
    Given an ambiguous step
