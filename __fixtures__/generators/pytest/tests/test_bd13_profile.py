"""Module-level marker: the marker is only in the module (file) name."""


def test_updates_avatar():
    assert "avatar.png".endswith(".png")
