package demo;

import static org.junit.Assert.*;

import org.junit.Test;

// Run with -Dsurefire.rerunFailingTestsCount=2: Surefire reruns each failed test up to twice, in the
// same JVM, so the counters below tell the runs apart.
public class RerunTest {
  private static int flakyRuns;
  private static int flakyErrorRuns;

  @Test
  public void testBd511Passes() {
    assertEquals(2, 1 + 1);
  }

  // Fails on its first run and passes on the rerun: flakyFailure.
  @Test
  public void testBd512FlakyTotal() {
    flakyRuns++;
    System.out.println("flaky total, run " + flakyRuns);
    assertEquals("cart total on run " + flakyRuns, 2, flakyRuns);
  }

  // Throws on its first run and passes on the rerun: flakyError.
  @Test
  public void testBd513FlakyGateway() {
    flakyErrorRuns++;
    if (flakyErrorRuns == 1) throw new IllegalStateException("gateway timed out on run 1");
  }

  // Fails on all three runs: failure + 2 rerunFailure.
  @Test
  public void testBd514AlwaysFails() {
    Cart cart = new Cart();
    cart.add("pen", 2);
    assertEquals("cart total", 3, cart.total());
  }

  // Throws on all three runs: error + 2 rerunError.
  @Test
  public void testBd515AlwaysErrors() {
    new Cart().checkout(null);
  }
}
