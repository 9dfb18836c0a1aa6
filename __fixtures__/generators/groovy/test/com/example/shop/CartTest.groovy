package com.example.shop

import org.junit.Assume
import org.junit.Ignore
import org.junit.Test

import static org.junit.Assert.assertEquals

class CartTest {
    @Test
    void 'BD-551 adds item'() {
        println 'groovy adding'
        def cart = new Cart()
        cart.add('apple', 3)
        assert cart.total == 3
    }

    @Test
    void 'BD-552 total is wrong'() {
        def cart = new Cart()
        cart.add('apple', 2)
        assert cart.total == 5
    }

    @Test
    void 'BD-553 receipt lists items'() {
        def cart = new Cart()
        cart.add('apple', 1)
        cart.add('bread', 2)
        assertEquals('apple 1\nbread 3', cart.receipt())
    }

    @Test
    void 'BD-554 adds from a list'() {
        def cart = new Cart()
        [apple: 1, bread: -2].each { name, price ->
            cart.add(name, price)
        }
    }

    @Test
    @Ignore('coupons are not ready')
    void 'BD-555 applies a coupon'() {
    }

    @Test
    void 'BD-556 needs the stock service'() {
        Assume.assumeTrue('stock service is down', false)
    }

    @Test
    void 'BD-557 output then fail'() {
        println 'to stdout before failing'
        System.err.println 'to stderr before failing'
        assertEquals('total', 4, new Cart().total)
    }

    @Test
    void 'BD-558 apples & "pears" cost 10'() {
        assertEquals('total < 10 & "cheap"', 12, 10)
    }

    @Test
    void testBD559CamelCase() {
        def cart = new Cart()
        cart.add('apple', 1)
        assert cart.items.every { it.price > 1 }
    }

    @Test
    void 'BD-560 checkout of an empty cart'() {
        new Cart().checkout()
    }

    @Test
    void 'BD-562 every item is cheap'() {
        def cart = new Cart()
        cart.add('apple', 1)
        cart.add('bread', 20)
        cart.items.each { item ->
            assert item.price < 10
        }
    }
}
