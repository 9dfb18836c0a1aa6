package com.example.shop

/** The production code the tests exercise. */
class Cart {
    private val items = mutableListOf<Pair<String, Int>>()

    fun add(name: String, price: Int) {
        require(price >= 0) { "price of $name must not be negative: $price" }
        items.add(name to price)
    }

    fun total(): Int = items.sumBy { it.second }

    fun receipt(): String = items.joinToString("\n") { "${it.first} ${it.second}" }

    fun checkout(): String {
        check(items.isNotEmpty()) { "cannot check out an empty cart" }
        return "order of ${items.size}"
    }
}
