'use strict';

// The production code the tests exercise.
class Cart {
  constructor() {
    this.items = [];
  }

  add(name, price) {
    if (price < 0) {
      throw new RangeError(`price of '${name}' must be >= 0, got ${price}`);
    }
    this.items.push({ name, price });
  }

  total() {
    return this.items.reduce((sum, item) => sum + item.price, 0);
  }

  checkout() {
    if (this.items.length === 0) {
      throw new Error('cannot check out an empty cart');
    }
    return { order: this.items.length };
  }
}

module.exports = Cart;
