package demo;
import org.testng.*;
import org.testng.annotations.*;
import static org.testng.Assert.*;
public class BrowserTest {
  private String browser;
  @Parameters("browser") @BeforeClass public void setUp(String browser) { this.browser = browser; }
  @Test public void testBd1140OpensHomePage() { System.out.println("home on " + browser); assertEquals(browser.isEmpty(), false); }
  @Test public void testBd1141ChecksOut() { assertNotEquals(browser, "firefox", "checkout fails on " + browser); }
  @Test public void testBd1142UploadsFile() { if (browser.equals("chrome")) throw new SkipException("upload not on " + browser); }
}
