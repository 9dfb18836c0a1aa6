package demo;
import org.testng.annotations.*;
public class ClassSetupFailsTest {
  @BeforeClass public void setUpClass() { throw new RuntimeException("beforeClass failed"); }
  @Test public void neverRuns() { }
}
