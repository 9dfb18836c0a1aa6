package demo;
import org.junit.jupiter.api.*;
public class SetupFailsTest {
  @BeforeAll static void setUpAll() { throw new RuntimeException("beforeAll failed"); }
  @Test void neverRuns() { }
}
