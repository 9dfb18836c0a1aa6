"""pytest-timeout: a test that hangs, with the signal and thread methods."""
import time

import pytest


@pytest.mark.timeout(1, method="signal")
def test_bd313_search_answers_in_time():
    time.sleep(5)


def test_bd314_quick_search():
    assert "shoes".startswith("sh")
