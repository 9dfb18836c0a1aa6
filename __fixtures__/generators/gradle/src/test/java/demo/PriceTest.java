package demo;

import static org.junit.Assert.*;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class PriceTest {
  @Parameters(name = "{index}: BD-211 total of {0} x 5 is {1}")
  public static Collection<Object[]> data() {
    return Arrays.asList(new Object[][] {{1, 5}, {2, 10}, {3, 16}});
  }

  private final int quantity;
  private final int expected;

  public PriceTest(int quantity, int expected) {
    this.quantity = quantity;
    this.expected = expected;
  }

  @Test
  public void totals() {
    Cart cart = new Cart();
    for (int i = 0; i < quantity; i++) cart.add("item" + i, 5);
    assertEquals(expected, cart.total());
  }
}
