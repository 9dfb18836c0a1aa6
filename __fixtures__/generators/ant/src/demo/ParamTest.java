package demo;
import java.util.*;
import org.junit.*;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import static org.junit.Assert.*;
@RunWith(Parameterized.class)
public class ParamTest {
  @Parameters(name = "{index}: BD-13 square({0})={1}")
  public static Collection<Object[]> data() { return Arrays.asList(new Object[][] {{1, 1}, {2, 4}, {3, 10}}); }
  private final int in, out;
  public ParamTest(int in, int out) { this.in = in; this.out = out; }
  @Test public void squares() { assertEquals(out, in * in); }
}
