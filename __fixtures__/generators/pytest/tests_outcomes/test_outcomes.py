"""pytest's other outcomes: teardown errors, pytest.fail, xfail, logging."""
import logging

import pytest

log = logging.getLogger("shop.orders")


def test_bd324_fails_and_errors_in_teardown(order_service):
    print("BD-324: placing an order")
    order_service["orders"].append("A-1")
    assert len(order_service["orders"]) == 2, "order A-1 was not duplicated"


def test_bd325_passes_and_errors_in_teardown(order_service):
    assert order_service["orders"] == []


def test_bd326_errors_in_setup(warehouse):
    assert warehouse


def test_bd327_calls_pytest_fail():
    log.info("checking the invoice number")
    pytest.fail("invoice number INV-0042 was issued twice")


def test_bd328_fails_without_trace():
    pytest.fail("shipping label printer is offline", pytrace=False)


@pytest.mark.xfail(strict=True, reason="BD-329 fixed upstream? rounding bug #77")
def test_bd329_strict_xfail_passes():
    assert round(2.675, 2) == 2.67


@pytest.mark.xfail(raises=ValueError, reason="parsing of legacy SKUs")
def test_bd330_xfail_raises_other_exception():
    raise KeyError("sku")


@pytest.mark.xfail(reason="known rounding bug #77")
def test_bd331_xfail_fails_as_expected():
    assert round(2.675, 2) == 2.68


@pytest.mark.xfail(reason="known rounding bug #78")
def test_bd332_xfail_passes_unexpectedly():
    assert True


def test_bd333_xfail_imperatively():
    pytest.xfail("refunds are not implemented yet")


def test_bd334_logs_and_fails(caplog):
    log.warning("stock for SKU-9 is negative: -3")
    print("BD-334 on stdout")
    assert 1 + 1 == 3


def test_bd335_skipped_imperatively():
    pytest.skip("BD-335 needs a printer")


def test_bd336_logs_and_passes():
    log.warning("a warning of a passing test")


def test_records_marker_and_fails(record_property):
    # The marker only in a property, and the test fails.
    record_property("qasphere", "BD-339")
    assert "EUR" == "USD", "currency of the order"
