import pytest


@pytest.fixture
def payment_gateway():
    raise ConnectionError("payment gateway at 10.0.0.7:443 refused the connection")


def test_bd305_checkout_pays():
    assert "paid".startswith("pa")


def test_bd306_checkout_receipt(payment_gateway):
    assert payment_gateway


def test_bd307_checkout_totals():
    lines = [("apple", 3), ("pear", 2)]
    assert len(lines) == 3, "expected three receipt lines"
