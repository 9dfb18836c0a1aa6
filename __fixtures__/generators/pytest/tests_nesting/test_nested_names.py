"""Nested test classes with no marker; the markers are in the test names."""
import pytest


class TestOuterGroup:
    def test_bd710_outer_passes(self):
        assert 1 + 1 == 2

    class TestInnerGroup:
        def test_bd711_inner_fails(self):
            assert "inner" == "outer", "BD-711's inner test fails"

        def test_bd715_bd716_two_markers_fail(self):
            assert [715] == [716], "a name holding two markers"

        @pytest.mark.parametrize("case", ["BD-717 card", "cash"])
        def test_pays(self, case):
            assert case != "BD-717 card", "a marker in the parameter's id"

        class TestDeepestGroup:
            def test_bd713_deepest_fails(self):
                assert 3 == 4, "the third level fails"

    class TestMiddleGroup:
        def test_bd712_own_marker_fails(self):
            assert "own" == "middle", "the test's own marker"

        def test_unmarked_passes(self):
            assert "plain".isalpha()


class TestBd718Marked:
    class TestInnerGroup:
        def test_bd719_own_marker_fails(self):
            assert 0 == 1, "its own marker, not its class's"

        def test_in_marked_outer_passes(self):
            assert True
