"""Nested test classes whose names hold the markers (identifier form).

The nearest marked class is the test's test case: a test of TestBd701Inner
reports to BD-701, not to BD-700 too.
"""


class TestBd700Outer:
    def test_outer_passes(self):
        assert 1 + 1 == 2

    class TestBd701Inner:
        def test_inner_fails(self):
            assert "inner" == "outer", "BD-701's inner test fails"

        def test_bd705_bd706_two_markers_fail(self):
            assert [705] == [706], "a name holding two markers"

        class TestBd703Deepest:
            def test_deepest_fails(self):
                assert 3 == 4, "the third level fails"

    class TestMiddle:
        def test_bd702_own_marker_fails(self):
            assert "own" == "middle", "the test's own marker"

        def test_plain_middle_passes(self):
            assert "plain".isalpha()


class TestPlainOuter:
    class TestBd704Inner:
        def test_marked_inner_fails(self):
            assert 0 == 1, "a marked class in an unmarked one"

        def test_marked_inner_passes(self):
            assert True
