package demo;
import org.testng.*;
public class RetryTwice implements IRetryAnalyzer {
  private int count = 0;
  public boolean retry(ITestResult result) { return count++ < 2; }
}
