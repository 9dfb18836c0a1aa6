package demo;
import junit.framework.TestCase;
public class LegacyJUnit3Test extends TestCase {
  protected void setUp() { System.out.println("setUp " + getName()); }
  public void testPasses() { assertEquals(2, 1 + 1); }
  public void testFails() { assertEquals("junit3", 3, 1 + 1); }
}
