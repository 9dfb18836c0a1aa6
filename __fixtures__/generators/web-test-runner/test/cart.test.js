import { expect } from '@esm-bundle/chai'
import { total, applyCoupon } from './cart.js'

const items = [
  { name: 'pen', price: 2, qty: 3 },
  { name: 'book', price: 12, qty: 1 }
]

// @web/test-runner-junit-reporter writes only tests inside a describe block (see catalog.test.js)
describe('cart', () => {
  it('BD-460 cart total adds every line', () => {
    expect(total(items)).to.equal(18)
  })

  it('BD-461 cart total counts the quantity', () => {
    // fails on purpose: chai's equal
    expect(total(items)).to.equal(20)
  })

  it('BD-462 cart lists the items', () => {
    // fails on purpose: chai's deep equal (a diff)
    expect(items.map((item) => item.name)).to.deep.equal(['pen', 'pencil'])
  })

  it('BD-463 coupon BROKEN is refused', () => {
    // fails on purpose: an error thrown in cart.js
    expect(applyCoupon(18, 'BROKEN')).to.equal(18)
  })

  it('BD-464 cart reads an undefined line', () => {
    // fails on purpose: a TypeError in the test itself
    const missing = undefined
    expect(missing.price).to.equal(1)
  })

  it.skip('BD-465 cart keeps items across reloads', () => {
    expect(true).to.equal(false)
  })

  it('BD-466 cart logs its total', () => {
    console.log('cart total is', total(items))
    console.warn('cart warning: stock is low')
    expect(total(items)).to.equal(18)
  })

  it('BD-467 cart shows <b>bold</b> & "quoted" \'items\'', () => {
    // fails on purpose: a message with characters XML must escape
    expect('<b>pen</b> & "book"').to.equal('<b>pen</b> & \'book\'')
  })

  it('BD-468 cart logs, then fails', () => {
    console.log('about to check the coupon')
    console.error('coupon service said <no> & "stop"')
    expect(applyCoupon(18, 'HALF'), 'half price').to.equal(10)
  })

  it('BD-469 a rejected promise fails the test', async () => {
    // fails on purpose: an async rejection with a plain Error
    await Promise.reject(new Error('payment gateway timed out'))
  })

  it('BD-470 pending test without a body')
})
