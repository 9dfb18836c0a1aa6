Feature: Hooks

  @before_fails
  Scenario: BD-171 Before hook fails
    Given an empty cart
    Then the total is 0 euros

  @after_fails
  Scenario: BD-172 After hook fails
    Given an empty cart
    Then the total is 0 euros

  @flaky
  Scenario: BD-173 passes on a retry
    Given an empty cart
    Then the flaky check passes on the second attempt

  Scenario: BD-174 always fails
    Given an empty cart
    Then the total is 99 euros
