package shop;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Markers in class names: every test of this class reports to BD-860, unless it has its own.
class TestBd860Checkout {
  @Test
  void paysByCard() {
    assertEquals(12, 12);
  }

  @Test
  void testBd861PaysByInvoice() {
    assertEquals("invoice", "card", "payment method");
  }
}
