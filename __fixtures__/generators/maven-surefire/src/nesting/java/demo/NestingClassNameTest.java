package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Markers in the nested classes' names (identifier forms), no display names.
class NestingClassNameTest {
  @Nested class TestBd770Outer {
    @Test void outerPasses() {}
    @Nested class TestBd771Inner {
      @Test void innerFails() { fail("inner failure"); }
      @Test void testBd775Bd776TwoMarkers() { fail("two markers failure"); }
      @Nested class TestBd773Deepest {
        @Test void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested class Middle {
      @Test void testBd772OwnMarker() { fail("own marker failure"); }
      @Test void plainPasses() {}
    }
    // Not a marker: an identifier must start with Test.
    @Nested class Bd779Inner {
      @Test void notMarkedFails() { fail("not marked failure"); }
    }
  }
  @Nested class PlainOuter {
    @Nested class TestBd774Inner {
      @Test void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
