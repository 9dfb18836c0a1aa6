package shop;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Run with -Dsurefire.rerunFailingTestsCount=2: Surefire 3 reruns each failed test up to twice, in
// the same JVM, so the counters below tell the runs apart.
class FlakyTest {
  private static int flakyRuns;
  private static int flakyErrorRuns;

  @Test
  void testBd870Passes() {
    assertEquals(2, 1 + 1);
  }

  // Fails on its first run and passes on the rerun: flakyFailure.
  @Test
  void testBd871FlakyTotal() {
    flakyRuns++;
    System.out.println("flaky total, run " + flakyRuns);
    assertEquals(2, flakyRuns, "cart total on run " + flakyRuns);
  }

  // Throws on its first run and passes on the rerun: flakyError.
  @Test
  void testBd872FlakyGateway() {
    flakyErrorRuns++;
    if (flakyErrorRuns == 1) throw new IllegalStateException("gateway timed out on run 1");
  }

  // Fails on all three runs: failure + 2 rerunFailure.
  @Test
  void testBd873AlwaysFails() {
    Cart cart = new Cart();
    cart.add("pen", 2);
    assertEquals(3, cart.total(), "cart total");
  }

  // Throws on all three runs: error + 2 rerunError.
  @Test
  void testBd874AlwaysErrors() {
    new Cart().checkout(null);
  }

  @Test
  @DisplayName("BD-875 flaky display name")
  void flakyDisplayName() {
    flakyDisplayRuns++;
    assertTrue(flakyDisplayRuns > 1, "fails on run 1");
  }

  private static int flakyDisplayRuns;
}
