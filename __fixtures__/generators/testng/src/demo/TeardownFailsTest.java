package demo;
import org.testng.annotations.*;
public class TeardownFailsTest {
  @AfterMethod public void tearDown() { throw new RuntimeException("afterMethod failed"); }
  @Test public void passesButTeardownFails() { }
  @Test public void secondTest() { }
}
