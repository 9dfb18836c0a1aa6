package com.example.shop

import org.junit.Assert.assertEquals
import org.junit.Ignore
import org.junit.Test

class CartJUnit4Test {
    @Test
    fun `BD-185 adds item`() {
        println("junit4 adding")
        val cart = Cart()
        cart.add("apple", 3)
        assertEquals(3, cart.total())
    }

    @Test
    fun `BD-186 total is wrong`() {
        val cart = Cart()
        cart.add("apple", 2)
        assertEquals("total", 5, cart.total())
    }

    @Test
    fun `BD-187 negative price`() {
        Cart().add("apple", -1)
    }

    @Test
    @Ignore("later")
    fun `BD-188 ignored`() {
    }

    @Test
    fun `BD-189 receipt`() {
        val cart = Cart()
        cart.add("apple", 1)
        cart.add("bread", 2)
        assertEquals("apple 1\nbread 3", cart.receipt())
    }
}
