package shop;

import java.util.LinkedHashMap;
import java.util.Map;

public class Cart {
  private final Map<String, Integer> prices = new LinkedHashMap<>();

  public void add(String item, int price) {
    if (price < 0) throw new IllegalArgumentException("negative price for " + item + ": " + price);
    prices.put(item, price);
  }

  public int size() { return prices.size(); }

  public int total() {
    int sum = 0;
    for (int price : prices.values()) sum += price;
    return sum;
  }

  public int checkout(String coupon) {
    if (coupon == null) throw new IllegalStateException("no coupon <&> given");
    return total();
  }
}
