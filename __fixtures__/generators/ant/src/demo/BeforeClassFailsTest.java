package demo;
import org.junit.*;
public class BeforeClassFailsTest {
  @BeforeClass public static void setUpClass() { throw new RuntimeException("class setup failed"); }
  @Test public void neverRuns() { }
  @Test public void neverRunsEither() { }
}
