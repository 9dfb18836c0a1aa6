Feature: [BD-170] Checkout with a failing background

  Background:
    Given the payment gateway is down

  Scenario: pays by card
    Given an empty cart
    Then the total is 0 euros

  Scenario: pays by invoice
    Given an empty cart
    Then the total is 0 euros
