package demo;
import org.testng.annotations.*;
import static org.testng.Assert.*;
// Tiny TestNG project for the not-junit fixtures (testng-results.xml).
// One test fails ON PURPOSE.
public class CartTest {
  @Test(description = "BD-901 adds items") public void bd901AddsItems() { assertEquals(1 + 1, 2); }
  @Test(description = "BD-902 cart total is wrong") public void bd902TotalIsWrong() { assertEquals(2 + 2, 5, "total"); }
  @Test(description = "BD-903 empty cart") public void bd903EmptyCart() { assertTrue(new java.util.ArrayList<String>().isEmpty()); }
}
