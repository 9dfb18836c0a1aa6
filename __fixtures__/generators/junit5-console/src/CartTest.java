import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {
  @Test @DisplayName("BD-12 adds an item") void addsItem() { System.out.println("adding item"); assertEquals(2, 1 + 1); }
  @Test void totalIsWrong() { System.err.println("computing total"); assertEquals(5, 2 + 2, "total <&>"); }
  @Test void throwsException() { throw new IllegalStateException("boom from test"); }
  @Test @Disabled("not ready yet") void disabledTest() {}
  @Test void assumptionFails() { assumeTrue(false, "assumption not met"); }
  @ParameterizedTest(name = "is even {0}") @ValueSource(ints = {2, 3}) void isEven(int n) { assertEquals(0, n % 2); }
  @Nested class Inner { @Test void innerPasses() {} @Test void innerFails() { fail("inner failure"); } }
  @TestFactory java.util.stream.Stream<DynamicTest> dynamic() {
    return java.util.stream.Stream.of(DynamicTest.dynamicTest("dyn ok", () -> {}), DynamicTest.dynamicTest("dyn fails", () -> fail("dyn failure")));
  }
}
