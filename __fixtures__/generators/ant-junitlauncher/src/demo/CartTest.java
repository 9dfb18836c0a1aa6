package demo;
import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.*;
@DisplayName("Cart BD-20")
public class CartTest {
  @Test @DisplayName("BD-12 adds an item") void addsItem() { System.out.println("adding out"); System.err.println("adding err"); assertEquals(1, 1); }
  @Test void failsAssertion() { System.out.println("before fail"); assertEquals(5, 4, "sum"); }
  @Test void throwsError() { throw new IllegalStateException("boom"); }
  @Test @Disabled("not ready") void disabledTest() { }
  @Test void assumptionFails() { Assumptions.assumeTrue(false, "needs linux 99"); }
  @ParameterizedTest(name = "BD-13 square {0}") @ValueSource(ints = {1, 2, 3}) void squares(int x) { assertTrue(x < 3, "too big " + x); }
  @RepeatedTest(2) void repeated() { }
  @Nested class Inner { @Test void innerFails() { fail("inner failed"); } @Test void innerPasses() { } }
}
