package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;
import org.junit.platform.runner.JUnitPlatform;
import org.junit.runner.RunWith;

// Markers in the nested classes' names (identifier forms), no display names; JUnit 5 through JUnitPlatform.
@RunWith(JUnitPlatform.class)
class NestingClassNameTest {
  @Nested class TestBd780Outer {
    @Test void outerPasses() {}
    @Nested class TestBd781Inner {
      @Test void innerFails() { fail("inner failure"); }
      @Test void testBd785Bd786TwoMarkers() { fail("two markers failure"); }
      @Nested class TestBd783Deepest {
        @Test void deepestFails() { fail("deepest failure"); }
      }
    }
    @Nested class Middle {
      @Test void testBd782OwnMarker() { fail("own marker failure"); }
      @Test void plainPasses() {}
    }
    // Not a marker: an identifier must start with Test.
    @Nested class Bd789Inner {
      @Test void notMarkedFails() { fail("not marked failure"); }
    }
  }
  @Nested class PlainOuter {
    @Nested class TestBd784Inner {
      @Test void markedInnerFails() { fail("marked inner failure"); }
    }
  }
}
