package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Surefire 2.22.3 names each case by its method and parameter types and its index
// (testBd509Totals{int, int}[3]), not by the name pattern.
class PriceTest {
  @ParameterizedTest(name = "BD-509 total of {0} x 5 is {1}")
  @CsvSource({"1, 5", "2, 10", "3, 16"})
  void testBd509Totals(int quantity, int expected) {
    assertEquals(expected, quantity * 5);
  }
}
