package demo;

/** Tiny source checked by Checkstyle; one method name breaks MethodName ON PURPOSE. */
public class Cart {
  /** BD-901 adds items. */
  public int bd901AddsItems() { return 1 + 1; }

  /** BD-902 cart total is wrong: the method name is not camelCase. */
  public int BD_902_total_is_wrong() { return 2 + 2; }

  /** BD-903 empty cart. */
  public int bd903EmptyCart() { return 0; }
}
