package demo;

import org.junit.*;

/** A failing @BeforeClass: no test of the class runs. */
public class TestBd212Checkout {
  @BeforeClass
  public static void connect() {
    System.out.println("connecting to the payment sandbox");
    throw new IllegalStateException("payment sandbox unreachable");
  }

  @Test
  public void paysByCard() {}

  @Test
  public void paysByVoucher() {}
}
