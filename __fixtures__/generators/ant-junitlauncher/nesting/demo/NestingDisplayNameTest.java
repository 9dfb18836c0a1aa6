package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Markers in the nested classes' display names (the legacy-xml listener writes the tests', not the classes').
class NestingDisplayNameTest {
  @Nested @DisplayName("BD-797 outer") class Outer {
    @Test @DisplayName("outer passes") void outerPasses() {}
    @Nested @DisplayName("BD-798 inner") class Inner {
      @Test @DisplayName("inner fails") void innerFails() { fail("inner failure"); }
      @Test @DisplayName("BD-795 BD-796 two markers") void twoMarkers() { fail("two markers failure"); }
      @Nested @DisplayName("BD-799 deepest") class Deepest {
        @Test @DisplayName("deepest fails") void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested @DisplayName("plain middle") class Middle {
      @Test @DisplayName("BD-792 own marker") void ownMarker() { fail("own marker failure"); }
      @Test @DisplayName("plain passes") void plainPasses() {}
    }
  }
  @Nested @DisplayName("plain outer") class PlainOuter {
    @Nested @DisplayName("BD-794 inner") class MarkedInner {
      @Test @DisplayName("marked inner fails") void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
