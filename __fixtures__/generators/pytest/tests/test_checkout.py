"""Class-level marker: the marker is in the class name, not the method names."""
import pytest


class TestBD5Checkout:
    def test_pays(self):
        assert round(19.99 * 2, 2) == 39.98

    def test_ships(self):
        assert "shipping".startswith("ship")

    @pytest.mark.skip(reason="gift wrapping not implemented")
    def test_gift_wraps(self):
        pass
