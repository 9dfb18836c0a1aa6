import org.junit.jupiter.api.*;
class ClassTeardownFailsTest {
  @AfterAll static void tearDownAll() { throw new RuntimeException("afterAll failed"); }
  @Test void a() {}
}
