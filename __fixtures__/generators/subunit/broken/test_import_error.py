import unittest
import shop.does_not_exist  # noqa: F401


class ImportTest(unittest.TestCase):
    def test_bd190_never_loaded(self):
        pass
