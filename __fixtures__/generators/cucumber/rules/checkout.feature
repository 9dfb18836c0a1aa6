Feature: BD-800 checkout

  Scenario: pays by card
    Given a cart
    When I add 1 item
    Then the cart has 1 item

  Rule: BD-801 free shipping

    Scenario: shipping is charged
      Given a cart
      When I add 1 item
      Then the cart has 2 item

    Scenario: free over 100
      Given a cart
      When I add 3 item
      Then the cart has 3 item

    Scenario: BD-803 own marker in a marked rule
      Given a cart
      When I add 2 item
      Then the cart has 2 item

    Scenario Outline: free for <n> items
      Given a number <n>
      Then it is even

      Examples:
        | n |
        | 2 |
        | 3 |

  Rule: plain rule

    Scenario: BD-802 own marker
      Given a cart
      When I add 1 item
      Then the cart has 0 item

    Scenario: plain scenario
      Given a cart
      Then the cart has 0 item
