import logging

import pytest


@pytest.fixture
def order_service():
    yield {"orders": []}
    # An exception while tearing down: pytest reports an error for the test
    # on top of its own outcome.
    raise RuntimeError("order service did not shut down: 2 connections left open")


@pytest.fixture
def warehouse():
    logging.getLogger("shop.warehouse").warning("warehouse fixture: stock sync is 5 minutes behind")
    raise LookupError("warehouse 'berlin-2' is not configured")


@pytest.fixture(scope="session", autouse=True)
def suite_properties(record_testsuite_property):
    record_testsuite_property("qasphere", "BD-340")
    record_testsuite_property("build", "1234")
