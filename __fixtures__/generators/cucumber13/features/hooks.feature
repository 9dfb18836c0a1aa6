Feature: Hooks
  @before-fails
  Scenario: before hook fails
    Given a cart

  @after-fails
  Scenario: after hook fails
    Given a cart
