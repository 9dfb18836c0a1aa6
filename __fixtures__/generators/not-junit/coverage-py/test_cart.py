"""Tiny unittest suite run under coverage.py. One test fails ON PURPOSE."""
import unittest

from cart import add


class CartTest(unittest.TestCase):
    def test_bd901_adds_items(self):
        """BD-901 adds items"""
        self.assertEqual(add(1, 1), 2)

    def test_bd902_total_is_wrong(self):
        """BD-902 cart total is wrong"""
        self.assertEqual(add(2, 2), 5)

    def test_bd903_empty_cart(self):
        """BD-903 empty cart"""
        self.assertEqual(add(0, 0), 0)


if __name__ == "__main__":
    unittest.main()
