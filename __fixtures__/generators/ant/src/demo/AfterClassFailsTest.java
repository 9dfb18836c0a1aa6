package demo;
import org.junit.*;
public class AfterClassFailsTest {
  @AfterClass public static void tearDownClass() { throw new RuntimeException("class teardown failed"); }
  @Test public void passes() { }
}
