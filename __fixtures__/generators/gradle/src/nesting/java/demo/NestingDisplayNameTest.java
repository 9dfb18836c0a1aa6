package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;
import org.junit.platform.runner.JUnitPlatform;
import org.junit.runner.RunWith;

// Markers in the nested classes' display names (each class its own report, named after its display name).
@RunWith(JUnitPlatform.class)
class NestingDisplayNameTest {
  @Nested @DisplayName("BD-787 outer") class Outer {
    @Test @DisplayName("outer passes") void outerPasses() {}
    @Nested @DisplayName("BD-788 inner") class Inner {
      @Test @DisplayName("inner fails") void innerFails() { fail("inner failure"); }
      @Test @DisplayName("BD-785 BD-786 two markers") void twoMarkers() { fail("two markers failure"); }
      @Nested @DisplayName("BD-789 deepest") class Deepest {
        @Test @DisplayName("deepest fails") void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested @DisplayName("plain middle") class Middle {
      @Test @DisplayName("BD-782 own marker") void ownMarker() { fail("own marker failure"); }
      @Test @DisplayName("plain passes") void plainPasses() {}
    }
  }
  @Nested @DisplayName("plain outer") class PlainOuter {
    @Nested @DisplayName("BD-784 inner") class MarkedInner {
      @Test @DisplayName("marked inner fails") void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
