package com.example.shop

import org.junit.Before
import org.junit.Test

class CartSetupTest {
    Cart cart

    @Before
    void setUp() {
        cart = new Cart()
        cart.add('broken', -1)
    }

    @Test
    void 'BD-561 setup fails before the test'() {
        assert cart.total == 0
    }
}
