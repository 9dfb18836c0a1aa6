package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;

// Markers in the nested classes' names (identifier forms), no display names.
class NestingClassNameTest {
  @Nested class TestBd790Outer {
    @Test void outerPasses() {}
    @Nested class TestBd791Inner {
      @Test void innerFails() { fail("inner failure"); }
      @Test void testBd795Bd796TwoMarkers() { fail("two markers failure"); }
      @Nested class TestBd793Deepest {
        @Test void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested class Middle {
      @Test void testBd792OwnMarker() { fail("own marker failure"); }
      @Test void plainPasses() {}
    }
    // Not a marker: an identifier must start with Test.
    @Nested class Bd799Inner {
      @Test void notMarkedFails() { fail("not marked failure"); }
    }
  }
  @Nested class PlainOuter {
    @Nested class TestBd794Inner {
      @Test void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
