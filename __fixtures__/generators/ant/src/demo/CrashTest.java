package demo;
import org.junit.*;
public class CrashTest {
  @Test public void passesFirst() { System.out.println("about to crash"); }
  @Test public void exitsTheVm() { System.exit(3); }
}
