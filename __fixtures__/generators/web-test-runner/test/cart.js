// A tiny shop cart used by the fixture tests.
export function total(items) {
  return items.reduce((sum, item) => sum + item.price * item.qty, 0)
}

export function applyCoupon(amount, coupon) {
  if (coupon === 'BROKEN') {
    // thrown from here: the stack's top frame is this file, not the test
    throw new RangeError(`coupon ${coupon} is not valid`)
  }
  return coupon === 'HALF' ? amount / 2 : amount
}
