package demo;
import org.junit.*;
public class StaticInitFailsTest {
  static int x = Integer.parseInt("not a number");
  @Test public void neverRuns() { }
}
