package demo;
import org.junit.*;
import static org.junit.Assert.*;
public class AfterFailsTest {
  @After public void tearDown() { throw new RuntimeException("teardown failed"); }
  @Test public void passesButTeardownFails() { }
  @Test public void failsAndTeardownFails() { fail("body failed"); }
}
