package demo;
import org.junit.*;
import static org.junit.Assert.*;
public class CalcTest {
  @Test public void addsNumbers() { System.out.println("adding on stdout"); System.err.println("adding on stderr"); assertEquals(4, 2 + 2); }
  @Test public void BD_12_subtracts() { assertEquals(1, 3 - 2); }
  @Test public void failsAssertion() { System.out.println("before the failure"); assertEquals("sum", 5, 2 + 2); }
  @Test public void throwsError() { throw new IllegalStateException("boom <&> \"quoted\""); }
  @Ignore("not ready") @Test public void ignoredTest() { }
  @Test public void assumptionFails() { Assume.assumeTrue("needs linux 99", false); }
  @Test(timeout = 100) public void timesOut() throws Exception { Thread.sleep(1000); }
}
