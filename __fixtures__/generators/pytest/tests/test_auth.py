"""QA Sphere fixture suite (project code BD).

Markers use the hyphenless form (bd1) because Python identifiers cannot
contain hyphens.
"""
import pytest


def test_bd1_user_can_log_in():
    assert "alice".upper() == "ALICE"


def test_bd2_user_sees_error_on_bad_password():
    print("BD-2: submitting login form with a wrong password")
    print("BD-2: server answered 401")
    expected = "Invalid username or password"
    actual = "Something went wrong"
    assert actual == expected, (
        "login error banner mismatch\n"
        f"expected: {expected}\n"
        f"actual:   {actual}"
    )


def test_bd3_session_is_stored(broken_database):
    assert broken_database is not None


@pytest.mark.skip(reason="BD-4 blocked by upstream bug #123")
def test_bd4_password_reset_email():
    assert False


@pytest.mark.parametrize(
    "code,percent",
    [("SAVE10", 10), ("SAVE20", 20), ("BOGUS", 99)],
)
def test_bd6_discount_code(code, percent):
    known = {"SAVE10": 10, "SAVE20": 20}
    assert known.get(code, 0) == percent


def test_bd7_bd8_shared_flow():
    assert [1, 2, 3][-1] == 3


def test_without_any_marker():
    assert 2 + 2 == 4


def test_bd9_hostile_message():
    print('stdout with <b>markup</b> & "quotes" and \'apostrophes\'')
    raise AssertionError('rendered <script>alert(1)</script> & "quotes" in the page title')


def test_records_qasphere_property(record_property):
    # No marker in the name: the marker is attached as a JUnit <property>.
    record_property("qasphere", "BD-11")
    assert True


def _parse_amount(raw):
    return int(raw.replace("$", ""))


def _line_total(item):
    return _parse_amount(item["price"]) * item["qty"]


def _order_total(items):
    return sum(_line_total(item) for item in items)


def test_bd10_order_total_deep_traceback():
    items = [{"price": "$3", "qty": 2}, {"price": "3.50 USD", "qty": 1}]
    assert _order_total(items) == 9
