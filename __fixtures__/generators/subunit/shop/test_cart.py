"""unittest tests of a cart, run by stestr and subunit.run."""
import sys
import unittest


def total(prices):
    if any(p < 0 for p in prices):
        raise ValueError("negative price: %r" % [p for p in prices if p < 0][0])
    return sum(prices)


class CartTest(unittest.TestCase):
    def test_bd170_adds_item(self):
        self.assertEqual(total([1, 2]), 3)

    def test_bd171_total_with_tax(self):
        self.assertEqual(total([1, 2]), 4)

    def test_bd172_multiline_diff(self):
        expected = {"items": ["apple", "pear", "plum"], "total": 3}
        actual = {"items": ["apple", "pear", "fig"], "total": 4}
        self.assertEqual(actual, expected)

    def test_bd173_raises_error(self):
        total([5, -1])

    def test_bd174_skip_with_reason(self):
        self.skipTest("payment gateway is down")

    @unittest.skip("not implemented <yet> & \"soon\"")
    def test_bd175_skip_decorator(self):
        pass

    @unittest.expectedFailure
    def test_bd176_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_bd177_unexpected_success(self):
        self.assertEqual(1, 1)

    def test_bd178_output(self):
        print("to stdout: cart has 2 items")
        sys.stderr.write("to stderr: stock low\n")
        self.assertTrue(False, "cart should be empty")

    def test_bd179_subtests(self):
        for qty in (1, 2, 3, 4):
            with self.subTest(qty=qty):
                self.assertLess(qty, 3, "qty %d is out of stock" % qty)

    def test_bd180_unicode(self):
        """Unicode: café ✓ 日本語 < > & " '"""
        self.assertEqual("café <b>&amp;</b> \"q\" 'a'", "cafe")

    def test_docstring_marker(self):
        """BD-181 the marker is in the docstring"""
        self.assertEqual(1, 2)

    def test_bd182_passes_with_output(self):
        print("passing test output")

    def test_bd183_assert_raises_wrong(self):
        with self.assertRaises(KeyError):
            total([-3])


class TestBd184Checkout(unittest.TestCase):
    """The marker is on the class."""

    def test_pays(self):
        pass

    def test_refunds(self):
        self.assertIn("refund", ["pay"])


class SetUpClassFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("database is not reachable")

    def test_bd191_never_runs(self):
        pass


class TestBd187Inventory(unittest.TestCase):
    """setUpClass fails: its tests never run; the class carries the marker."""

    @classmethod
    def setUpClass(cls):
        raise ConnectionError("inventory service <down> & \"unreachable\"")

    def test_counts(self):
        pass


class TearDownClassFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError("could not drop the database")

    def test_bd185_runs(self):
        pass


class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise OSError("fixture file missing")

    def test_bd186_setup_fails(self):
        pass
