import org.junit.jupiter.api.*;
class ClassSetupFailsTest {
  @BeforeAll static void setUpAll() { throw new RuntimeException("beforeAll failed"); }
  @Test void a() {}
  @Test void b() {}
}
