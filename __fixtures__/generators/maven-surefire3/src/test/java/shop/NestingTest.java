package shop;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// @Nested classes marked on two levels, in the classes' names (TestBd862Outer, TestBd863Inner) and
// in their @DisplayNames (BD-866, BD-867): a test reports to its nearest marked class only. Plain,
// in Outer, has no display name of its own.
class NestingTest {
  @Nested
  class TestBd862Outer {
    @Test
    void outerPasses() {}

    @Nested
    class TestBd863Inner {
      @Test
      void innerFails() {
        fail("coupon refused");
      }

      @Test
      void testBd864OwnMarker() {
        fail("coupon expired");
      }
    }

    @Nested
    class Middle {
      @Test
      void middlePasses() {}
    }
  }

  @Nested
  @DisplayName("BD-866 outer")
  class Outer {
    @Test
    @DisplayName("outer passes")
    void outerPasses() {}

    @Nested
    @DisplayName("BD-867 inner")
    class Inner {
      @Test
      @DisplayName("inner fails")
      void innerFails() {
        fail("coupon refused");
      }

      @Test
      @DisplayName("BD-868 own marker")
      void ownMarker() {
        fail("coupon expired");
      }
    }

    // No display name of its own, in a class that has one.
    @Nested
    class Plain {
      @Test
      @DisplayName("plain fails")
      void plainFails() {
        fail("plain refused");
      }
    }
  }
}
