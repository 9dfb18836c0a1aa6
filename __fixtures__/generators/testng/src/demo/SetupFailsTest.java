package demo;
import org.testng.annotations.*;
public class SetupFailsTest {
  @BeforeMethod public void setUp() { throw new RuntimeException("beforeMethod failed"); }
  @Test public void neverRuns() { }
  @Test public void neverRunsEither() { }
}
