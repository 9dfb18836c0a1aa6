"""Run with pytest-rerunfailures: pytest --reruns 1.

FLAKY_STATE_DIR must point to an empty, writable directory; it records how
many times each test has run so that the first attempt can fail.
"""
import os
import pathlib


def _attempt(name):
    state = pathlib.Path(os.environ["FLAKY_STATE_DIR"]) / name
    count = int(state.read_text()) + 1 if state.exists() else 1
    state.write_text(str(count))
    return count


def test_bd1_user_can_log_in():
    assert True


def test_bd12_flaky_checkout():
    attempt = _attempt("bd12")
    print(f"BD-12 attempt {attempt}")
    assert attempt > 1, "payment gateway timed out on first attempt"


def test_bd2_always_fails_even_after_rerun():
    attempt = _attempt("bd2")
    print(f"BD-2 attempt {attempt}")
    assert attempt > 5, f"still failing on attempt {attempt}"
