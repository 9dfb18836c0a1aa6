package demo;

import static org.hamcrest.CoreMatchers.is;
import static org.junit.Assert.*;

import org.junit.*;

public class CartTest {
  private Cart cart;

  @Before
  public void setUp() {
    cart = new Cart();
  }

  @Test
  public void testBd201AddsItem() {
    System.out.println("adding a book on stdout");
    System.err.println("adding a book on stderr");
    cart.add("book", 12);
    assertEquals(1, cart.size());
  }

  @Test
  public void testTotalBd202() {
    System.out.println("total so far: 0");
    cart.add("pen", 2);
    assertEquals("cart total", 3, cart.total());
  }

  @Test
  public void test_bd203_checkout() {
    System.err.println("checking out without a coupon");
    cart.checkout(null);
  }

  @Ignore("coupons are not ready")
  @Test
  public void testBd204Coupons() {
    fail("never runs");
  }

  @Test
  public void testBd205ShipsAbroad() {
    Assume.assumeTrue("shipping abroad needs the EU region", false);
  }

  @Test
  public void testBd206Receipt() {
    cart.add("book", 12);
    fail("receipt mismatch:\n  line 1: book 12\n  line 2: total 12 <missing>");
  }

  @Test
  public void testLoginBD207() {
    cart.add("mug", -1);
  }

  @Test
  public void BD_208_removesItem() {
    assertTrue(true);
  }

  @Test
  public void testBd209Discount() {
    cart.add("book", 10);
    assertThat("discounted total", cart.total(), is(9));
  }

  public static class Inner {
    @Test
    public void testBd210InnerPasses() {
      assertEquals(0, new Cart().size());
    }

    @Test
    public void testBd210InnerFails() {
      assertEquals("inner total", 1, new Cart().total());
    }
  }
}
