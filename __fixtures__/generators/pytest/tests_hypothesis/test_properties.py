"""hypothesis: a falsified property and a flaky one."""
from hypothesis import given, strategies as st


def price_with_tax(cents):
    return cents + cents // 5


@given(st.integers(min_value=0, max_value=10_000))
def test_bd321_tax_is_never_more_than_a_fifth(cents):
    assert price_with_tax(cents) <= cents * 1.2 - 1, f"tax on {cents} too high"


@given(st.lists(st.integers()))
def test_bd322_sorting_keeps_length(items):
    assert len(sorted(items)) == len(items)


_calls = {"n": 0}


@given(st.integers())
def test_bd323_flaky_property(value):
    # Fails on its first call only: replayed, the example passes, and
    # hypothesis reports the test as Flaky.
    _calls["n"] += 1
    if _calls["n"] == 1:
        raise AssertionError(f"intermittent failure for {value}")
