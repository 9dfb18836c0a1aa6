import unittest, sys
from nose2.tools import params

class CartTest(unittest.TestCase):
    def test_BD_12_adds_item(self):
        print("adding out"); sys.stderr.write("adding err\n")
        self.assertEqual(1 + 1, 2)
    def test_fails(self):
        print("before fail")
        self.assertEqual(2 + 2, 5, "sum")
    def test_errors(self):
        raise ValueError('boom <&> "q"')
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)
    @params((1, 1), (2, 4), (3, 10))
    def test_squares(self, a, b):
        self.assertEqual(a * a, b)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

class SetUpClassFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("setUpClass failed")
    def test_never_runs(self):
        pass

class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown failed")
    def test_passes_but_teardown_fails(self):
        pass

def test_function_BD_14():
    assert True

def test_function_fails():
    assert 1 == 2, "function failed"
