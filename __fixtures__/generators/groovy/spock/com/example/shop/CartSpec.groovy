package com.example.shop

import spock.lang.Ignore
import spock.lang.Specification
import spock.lang.Unroll

class CartSpec extends Specification {
    def "BD-570 adds an item"() {
        given:
        def cart = new Cart()

        when:
        cart.add('apple', 3)

        then:
        cart.total == 3
    }

    def "BD-571 total is wrong"() {
        given:
        def cart = new Cart()
        cart.add('apple', 2)

        expect:
        cart.total == 5
    }

    @Unroll
    def "BD-572 total of #name at #price is #total"() {
        given:
        def cart = new Cart()
        cart.add(name, price)

        expect:
        cart.total == total

        where:
        name    | price || total
        'apple' | 1     || 1
        'bread' | 2     || 3
        'milk'  | -1    || 0
    }

    def "BD-573 not unrolled"() {
        expect:
        Math.max(a, b) == c

        where:
        a | b || c
        1 | 2 || 2
        3 | 1 || 1
    }

    @Ignore('coupons are not ready')
    def "BD-574 applies a coupon"() {
        expect:
        false
    }

    def "BD-575 checkout of an empty cart"() {
        when:
        new Cart().checkout()

        then:
        notThrown(IllegalStateException)
    }

    def "BD-576 output then fail & <escape>"() {
        given:
        println 'spock to stdout'
        def cart = new Cart()

        expect:
        cart.receipt() == 'apple 1'
    }

    def "BD-577 exception in a closure"() {
        given:
        def cart = new Cart()

        when:
        ['apple', 'bread'].each { cart.add(it, -1) }

        then:
        cart.total == 0
    }
}
