"""Run with pytest-xdist (-n 2): a failure and crashed workers."""
import os
import time

import pytest


def test_bd301_cart_total():
    assert sum([10, 20, 12]) == 42


def test_bd302_cart_discount():
    total = 100 * 0.9
    assert total == 80, "discount of 10% applied instead of 20%"


def test_bd303_worker_crashes():
    # The worker process dies (as on a segfault): xdist reports the test as
    # crashed and starts a new worker.
    os._exit(3)


@pytest.mark.timeout(1, method="thread")
def test_bd304_export_answers_in_time():
    # pytest-timeout's thread method (the default where there is no SIGALRM,
    # as on Windows) ends the whole process: under xdist, a crashed worker.
    time.sleep(5)
