package demo;
import org.junit.jupiter.api.*;
public class TeardownFailsTest {
  @AfterEach void tearDown() { throw new RuntimeException("afterEach failed"); }
  @AfterAll static void tearDownAll() { throw new RuntimeException("afterAll failed"); }
  @Test void passesButTeardownFails() { }
}
