import static org.junit.jupiter.api.Assertions.*;
import org.junit.jupiter.api.*;

// Markers in the nested classes' names (identifier forms), no display names.
class NestingClassNameTest {
  @Nested class TestBd747Outer {
    @Test void outerPasses() {}
    @Nested class TestBd748Inner {
      @Test void innerFails() { fail("inner failure"); }
      @Test void testBd745Bd746TwoMarkers() { fail("two markers failure"); }
      @Nested class TestBd749Deepest {
        @Test void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested class Middle {
      @Test void testBd742OwnMarker() { fail("own marker failure"); }
      @Test void plainPasses() {}
    }
    // Not a marker: an identifier must start with Test.
    @Nested class Bd741Inner {
      @Test void notMarkedFails() { fail("not marked failure"); }
    }
  }
  @Nested class PlainOuter {
    @Nested class TestBd744Inner {
      @Test void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
