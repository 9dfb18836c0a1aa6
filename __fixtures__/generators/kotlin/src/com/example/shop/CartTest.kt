package com.example.shop

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Disabled
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.Nested
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource

class CartTest {
    @Test
    fun `BD-170 adds item`() {
        println("adding an apple")
        val cart = Cart()
        cart.add("apple", 3)
        assertEquals(3, cart.total())
    }

    @Test
    fun `BD-171 total is wrong`() {
        val cart = Cart()
        cart.add("apple", 2)
        cart.add("bread", 2)
        assertEquals(5, cart.total(), "total <&> \"quoted\"")
    }

    @Test
    fun `BD-172 receipt lists items`() {
        val cart = Cart()
        cart.add("apple", 1)
        cart.add("bread", 2)
        assertEquals("apple 1\nbread 3", cart.receipt())
    }

    @Test
    fun `BD-173 checkout of an empty cart`() {
        Cart().checkout()
    }

    @Test
    @Disabled("coupons are not ready")
    fun `BD-174 applies a coupon`() {
    }

    @TestFactory
    fun `BD-175 dynamic`() = listOf(
        dynamicTest("BD-176 dynamic passes") { assertEquals(1, Cart().also { it.add("a", 1) }.total()) },
        dynamicTest("BD-177 dynamic fails") { fail<Unit>("no stock for bread") }
    )

    @ParameterizedTest(name = "BD-178 quantity {0}")
    @ValueSource(ints = [1, -1])
    fun `adds quantities`(quantity: Int) {
        Cart().add("apple", quantity)
    }

    @Test
    fun `BD-179 needs the stock service`() {
        assumeTrue(false, "stock service is down")
    }

    @Test
    fun `BD-180 output then fail`() {
        println("to stdout before failing")
        System.err.println("to stderr before failing")
        assertTrue(Cart().total() > 0, "empty cart has no total")
    }

    @Test
    @DisplayName("BD-181 display name with é€✓")
    fun displayNamed() {
        assertEquals("é€✓", "e€✓")
    }

    @Test
    fun `BD-182 kotlin test assertion`() {
        kotlin.test.assertEquals(4, Cart().total(), "kotlin.test total")
    }

    @Nested
    inner class Checkout {
        @Test
        fun `BD-183 pays by card`() {
            val cart = Cart()
            cart.add("apple", 1)
            assertEquals("order of 1", cart.checkout())
        }

        @Test
        fun `BD-184 pays by invoice`() {
            throw UnsupportedOperationException("invoices are not supported")
        }
    }
}
