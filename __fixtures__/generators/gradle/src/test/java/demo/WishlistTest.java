package demo;

import static org.junit.Assert.*;

import org.junit.*;

/** A failing @Before: every test of the class fails with it. */
public class WishlistTest {
  @Before
  public void loadWishlist() {
    throw new UnsupportedOperationException("wishlist service is down");
  }

  @Test
  public void testBd214AddsToWishlist() {
    assertTrue(true);
  }

  @Test
  public void testBd215SharesWishlist() {
    assertTrue(true);
  }
}
