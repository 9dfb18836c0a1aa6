import unittest


def setUpModule():
    raise RuntimeError("module set-up failed: no config")


class ModuleTest(unittest.TestCase):
    def test_bd188_in_broken_module(self):
        pass
