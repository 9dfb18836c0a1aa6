package demo;

import static org.junit.Assert.*;

import org.junit.*;

/** A failing @AfterClass: its tests passed, then the class failed. */
public class TestBd213Receipt {
  @AfterClass
  public static void closePrinter() {
    throw new RuntimeException("printer still busy");
  }

  @Test
  public void printsReceipt() {
    assertEquals(2, 1 + 1);
  }
}
