"""pytest-subtests: the subtests fixture and unittest's self.subTest."""
import unittest

import pytest


def test_bd308_cart_items(subtests):
    for quantity in [1, 2, 3]:
        with subtests.test(msg="quantity", quantity=quantity):
            assert quantity % 2 == 1, f"quantity {quantity} rejected"


def test_bd309_subtest_skips(subtests):
    with subtests.test(msg="needs the tax service"):
        pytest.skip("tax service not configured")
    with subtests.test(msg="passes"):
        assert True


def test_shipping_rules(subtests):
    # Markers only in the subtests' messages, none in the test's name.
    with subtests.test(msg="BD-310 ships to Berlin"):
        assert "Berlin" in ["Berlin", "Paris"]
    with subtests.test(msg="BD-311 ships to Oslo"):
        assert "Oslo" in ["Berlin", "Paris"], "Oslo is not a shipping destination"


class TestBd312Prices(unittest.TestCase):
    def test_prices_are_positive(self):
        for price in [5, -1, 7, -3]:
            with self.subTest(price=price):
                self.assertGreater(price, 0)

    def test_prices_all_pass(self):
        for price in [5, 7]:
            with self.subTest(price=price):
                self.assertGreater(price, 0)
