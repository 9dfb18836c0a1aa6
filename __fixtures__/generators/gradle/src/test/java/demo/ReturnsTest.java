package demo;

import static org.junit.Assert.*;

import org.junit.*;

/** A failing @After: a passed test fails with it, a failed one has two failures. */
public class ReturnsTest {
  @After
  public void closeTill() {
    throw new IllegalStateException("till still open");
  }

  @Test
  public void testBd221ReturnsItem() {
    assertTrue(true);
  }

  @Test
  public void testBd222RefundsTwice() {
    assertEquals("refunds", 1, 2);
  }
}
