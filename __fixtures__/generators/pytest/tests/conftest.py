import pytest


class DatabaseUnavailable(RuntimeError):
    """Raised by the broken fixture below; not an AssertionError."""


@pytest.fixture
def broken_database():
    # An exception raised while setting up a fixture makes pytest report an
    # <error> (not a <failure>) for the test that requested it.
    raise DatabaseUnavailable("could not connect to db at 10.0.0.5:5432 (connection refused)")
