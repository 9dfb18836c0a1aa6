package com.example.shop

/** The production code the tests exercise. */
class Cart {
    List<Map> items = []

    void add(String name, int price) {
        if (price < 0) throw new IllegalArgumentException("price of $name must not be negative: $price")
        items << [name: name, price: price]
    }

    int getTotal() { items.sum(0) { it.price } as int }

    String receipt() { items.collect { "${it.name} ${it.price}" }.join('\n') }

    String toString() { "Cart$items" }

    String checkout() {
        if (items.isEmpty()) throw new IllegalStateException('cannot check out an empty cart')
        "order of ${items.size()}"
    }
}
