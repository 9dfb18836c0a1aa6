Feature: BD-160 Discounts
  Discounts depend on the number of items.

  Scenario Outline: discount for <qty> items
    Given an empty cart
    When I add <qty> items at 5 euros
    Then the discount is <discount> percent

    Examples:
      | qty | discount |
      | 1   | 0        |
      | 3   | 10       |
      | 5   | 15       |

  Scenario Outline: BD-161 shipping to <country>
    Given an empty cart
    Then shipping to <country> costs <cost> euros

    Examples: Europe
      | country | cost |
      | France  | 5    |
      | Spain   | 7    |

    Examples: Elsewhere
      | country | cost |
      | Japan   | 25   |

  Scenario Outline: gift wrap <marker>
    Given an empty cart
    Then gift wrap for <marker> costs <cost> euros

    @BD-150
    Examples:
      | marker | cost |
      | BD-162 | 2    |
      | BD-163 | 4    |
