package demo;

import static org.junit.Assert.*;

import org.junit.*;

/** An @Ignore'd class, and output a report must escape. */
public class GiftCardTest {
  @Ignore("gift cards are not sold yet")
  public static class Ignored {
    @Test
    public void testBd224SellsGiftCard() {}
  }

  @Test
  public void testBd225PrintsBalance() {
    System.out.println("balance <&> ]]> end of CDATA");
    System.out.println("\u001b[31mred balance\u001b[0m");
    fail("balance mismatch ]]> <&>");
  }
}
