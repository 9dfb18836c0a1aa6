import unittest


class RefundTest(unittest.TestCase):
    def test_refund_amount(self):
        self.assertEqual(10, 12, "refund must equal the paid amount")

    def test_refund_currency(self):
        self.assertEqual("EUR", "EUR")


if __name__ == "__main__":
    unittest.main()
