'use strict';

const Code = require('@hapi/code');
const Lab = require('@hapi/lab');
const Cart = require('../lib/cart');

const { expect } = Code;
const { describe, it, before } = (exports.lab = Lab.script());

describe('Cart', () => {
  it('BD-190 adds an item', () => {
    console.log('adding an apple');
    const cart = new Cart();
    cart.add('apple', 3);
    expect(cart.total()).to.equal(3);
  });

  it('BD-191 total is wrong', () => {
    const cart = new Cart();
    cart.add('apple', 2);
    cart.add('bread', 2);
    expect(cart.total()).to.equal(5);
  });

  it('BD-192 message with <&> "quotes" and \'apostrophes\'', () => {
    expect('a = <b> & "c"', 'label with \'x\' = 1').to.equal("it's = <d>");
  });

  it('BD-193 checkout of an empty cart', () => {
    new Cart().checkout();
  });

  it.skip('BD-194 applies a coupon', () => {});

  it('BD-195 gift wrapping (todo)');

  it('BD-196 times out', { timeout: 50 }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('removes an item (no marker)', () => {
    const cart = new Cart();
    cart.add('apple', 1);
    cart.items.pop();
    expect(cart.total()).to.equal(0);
  });

  it('BD-198 negative price', async () => {
    await Promise.resolve();
    new Cart().add('apple', -1);
  });

  describe('checkout', () => {
    // Two tests of one title: the first fails, the second passes.
    it('BD-197 pays', () => {
      expect({ paid: false, method: 'card' }).to.equal({ paid: true, method: 'card' });
    });

    it('BD-197 pays', () => {
      expect(new Cart().total()).to.equal(0);
    });
  });
});

describe('wishlist', () => {
  before(() => {
    throw new Error('wishlist store is down');
  });

  it('BD-199 lists items', () => {});
});
