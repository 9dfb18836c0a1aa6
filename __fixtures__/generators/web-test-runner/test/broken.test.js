// Fails on purpose before any test runs: cart.js has no export named discount.
import { discount } from './cart.js'

it('BD-483 discount is never negative', () => {
  if (discount(10) < 0) throw new Error('negative')
})
