package shop;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.*;

class CartTest {
  private Cart cart;

  @BeforeEach
  void setUp() {
    cart = new Cart();
  }

  @Test
  void testBd850AddsItem() {
    System.out.println("adding a book on stdout");
    System.err.println("adding a book on stderr");
    cart.add("book", 12);
    assertEquals(1, cart.size());
  }

  @Test
  void testTotalBd851() {
    System.out.println("total so far: 0");
    System.err.println("pen costs 2");
    cart.add("pen", 2);
    assertEquals(3, cart.total(), "cart total");
  }

  @Test
  void test_bd852_checkout() {
    System.err.println("checking out without a coupon");
    cart.checkout(null);
  }

  @Disabled("coupons are not ready")
  @Test
  void testBd853Coupons() {
    fail("never runs");
  }

  @Test
  void testBd854ShipsAbroad() {
    assumeTrue(false, "shipping abroad needs the EU region");
  }

  @Test
  @DisplayName("BD-855 removes an item")
  void removesItem() {
    cart.add("book", 12);
    assertEquals(1, cart.size());
  }

  @Test
  void testBd856Receipt() {
    cart.add("book", 12);
    fail("receipt mismatch:\n  line 1: book 12\n  line 2: total 12 <missing>");
  }
}
