package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Markers in the nested classes' display names (Surefire 2.22.3 writes no display name: none is found).
class NestingDisplayNameTest {
  @Nested @DisplayName("BD-777 outer") class Outer {
    @Test @DisplayName("outer passes") void outerPasses() {}
    @Nested @DisplayName("BD-778 inner") class Inner {
      @Test @DisplayName("inner fails") void innerFails() { fail("inner failure"); }
      @Test @DisplayName("BD-775 BD-776 two markers") void twoMarkers() { fail("two markers failure"); }
      @Nested @DisplayName("BD-779 deepest") class Deepest {
        @Test @DisplayName("deepest fails") void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested @DisplayName("plain middle") class Middle {
      @Test @DisplayName("BD-772 own marker") void ownMarker() { fail("own marker failure"); }
      @Test @DisplayName("plain passes") void plainPasses() {}
    }
  }
  @Nested @DisplayName("plain outer") class PlainOuter {
    @Nested @DisplayName("BD-774 inner") class MarkedInner {
      @Test @DisplayName("marked inner fails") void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
