import static org.junit.jupiter.api.Assertions.*;
import org.junit.jupiter.api.*;

// Markers in the nested classes' display names (the ConsoleLauncher's legacy XML report writes only the test's own).
class NestingDisplayNameTest {
  @Nested @DisplayName("BD-740 outer") class Outer {
    @Test @DisplayName("outer passes") void outerPasses() {}
    @Nested @DisplayName("BD-741 inner") class Inner {
      @Test @DisplayName("inner fails") void innerFails() { fail("inner failure"); }
      @Test @DisplayName("BD-745 BD-746 two markers") void twoMarkers() { fail("two markers failure"); }
      @Nested @DisplayName("BD-743 deepest") class Deepest {
        @Test @DisplayName("deepest fails") void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested @DisplayName("plain middle") class Middle {
      @Test @DisplayName("BD-742 own marker") void ownMarker() { fail("own marker failure"); }
      @Test @DisplayName("plain passes") void plainPasses() {}
    }
  }
  @Nested @DisplayName("plain outer") class PlainOuter {
    @Nested @DisplayName("BD-744 inner") class MarkedInner {
      @Test @DisplayName("marked inner fails") void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
