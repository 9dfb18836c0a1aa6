package demo;

import org.junit.*;

/** An assumption that fails in @BeforeClass: the whole class is skipped. */
public class TestBd223Vouchers {
  @BeforeClass
  public static void needsVoucherService() {
    Assume.assumeTrue("voucher service not configured", false);
  }

  @Test
  public void redeemsVoucher() {}
}
