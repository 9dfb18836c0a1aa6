package shop;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTest {
  @ParameterizedTest(name = "BD-857 total of {0} and {1}")
  @CsvSource({"1, 1", "2, 2", "3, 4"})
  void testBd857Totals(int price, int expected) {
    Cart cart = new Cart();
    cart.add("item", price);
    assertEquals(expected, cart.total());
  }

  @TestFactory
  Stream<DynamicTest> testBd858Discounts() {
    return Stream.of(
        dynamicTest("BD-859 ten percent", () -> assertEquals(90, 100 - 10)),
        dynamicTest("no discount", () -> assertEquals(100, 99, "no discount")));
  }
}
