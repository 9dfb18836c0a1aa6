import org.junit.jupiter.api.*;
class SetupFailsTest {
  @BeforeEach void setUp() { throw new RuntimeException("setup failed"); }
  @Test void one() {}
}
