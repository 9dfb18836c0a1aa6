import sys
from behave import given, when, then

@given('a cart')
def cart(context):
    print('cart created')
    sys.stderr.write('cart on stderr\n')
    context.items = 0

@when('I add {n:d} item')
def add(context, n):
    context.items += n

@then('the cart has {n:d} item')
def has(context, n):
    assert context.items == n, f'item count <&> {context.items} != {n}'

@when('the step throws')
def throws(context):
    raise RuntimeError('boom from step')

@given('a number {n:d}')
def number(context, n):
    context.n = n

@then('it is even')
def even(context):
    assert context.n % 2 == 0, f'odd: {context.n}'
