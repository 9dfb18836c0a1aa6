import sys
import unittest


class Cart(unittest.TestCase):
    def test_BD_12_adds_item(self):
        print("adding item")
        self.assertEqual(1 + 1, 2)

    def test_total_is_wrong(self):
        sys.stderr.write("computing total\n")
        self.assertEqual(2 + 2, 5, "total mismatch <&>")

    def test_throws_exception(self):
        raise RuntimeError("boom from test")

    @unittest.skip("not ready yet")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("skipped at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)

    def test_subtests(self):
        for n in (2, 3, 4, 5):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0, f"odd: {n}")

    def test_subtests_all_pass(self):
        for n in (2, 4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)


class SetupFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setup failed")

    def test_one(self):
        pass


class TeardownFails(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("teardown failed")

    def test_one(self):
        pass


class ClassSetupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("setUpClass failed")

    def test_a(self):
        pass

    def test_b(self):
        pass


class ClassTeardownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError("tearDownClass failed")

    def test_a(self):
        pass


@unittest.skip("whole class skipped")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


if __name__ == "__main__":
    import xmlrunner
    unittest.main(testRunner=xmlrunner.XMLTestRunner(output="reports", outsuffix=""), verbosity=2)
