package demo;
import org.testng.*;
import org.testng.annotations.*;
import static org.testng.Assert.*;
public class CartTest {
  @Test(description = "BD-12 adds an item") public void addsItem() { System.out.println("adding out"); System.err.println("adding err"); Reporter.log("reporter says hi"); assertEquals(1, 1); }
  @Test public void failsAssertion() { System.out.println("before fail"); assertEquals(4, 5, "sum"); }
  @Test public void throwsError() { throw new IllegalStateException("boom <&>"); }
  @Test public void skipsItself() { throw new SkipException("not on this os"); }
  @Test(enabled = false) public void disabledTest() { }
  @Test(dependsOnMethods = "failsAssertion") public void dependsOnFailure() { }
  @DataProvider public Object[][] squares() { return new Object[][] {{1, 1}, {2, 4}, {3, 10}}; }
  @Test(dataProvider = "squares") public void squares(int in, int out) { assertEquals(in * in, out); }
  static int attempts = 0;
  @Test(retryAnalyzer = RetryTwice.class) public void flakyPassesOnRetry() { attempts++; System.out.println("attempt " + attempts); assertTrue(attempts >= 2, "first attempt fails"); }
  @Test(retryAnalyzer = RetryTwice.class) public void alwaysFailsWithRetries() { fail("always fails"); }
  @Test(timeOut = 100) public void timesOut() throws Exception { Thread.sleep(1000); }
}
