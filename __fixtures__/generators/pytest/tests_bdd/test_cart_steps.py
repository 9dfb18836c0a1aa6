"""pytest-bdd: markers in scenario names and tags, a failing step, a missing one."""
from pytest_bdd import given, parsers, scenarios, then, when

scenarios("features/cart.feature")


@given("an empty cart", target_fixture="cart")
def empty_cart():
    return []


@when(parsers.parse("I add {count:d} apples"))
def add_apples(cart, count):
    cart.extend(["apple"] * count)


@when("I remove 1 apple")
def remove_apple(cart):
    # Wrong on purpose: removes nothing.
    pass


@when("I empty the cart")
def empty(cart):
    cart.clear()


@then(parsers.parse("the cart holds {count:d} items"))
def cart_holds(cart, count):
    assert len(cart) == count, f"cart holds {len(cart)} items, not {count}"
