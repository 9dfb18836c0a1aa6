package demo;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.runner.JUnitPlatform;
import org.junit.runner.RunWith;

/** JUnit 5 on Gradle 4.4.1, which has no useJUnitPlatform(): through JUnit 4's JUnitPlatform runner. */
@RunWith(JUnitPlatform.class)
@DisplayName("Delivery")
class DeliveryTest {
  @Test
  @DisplayName("BD-216 delivers to the door")
  void deliversToTheDoor() {
    System.out.println("delivering on stdout");
    assertEquals(2, 1 + 1);
  }

  @Test
  @DisplayName("BD-217 charges the delivery fee")
  void chargesTheFee() {
    assertEquals(5, 4, "delivery fee");
  }

  @Test
  @Disabled("couriers are on strike")
  @DisplayName("BD-218 express delivery")
  void express() {}

  @ParameterizedTest(name = "BD-219 delivers {0} parcels")
  @ValueSource(ints = {1, 2, 3})
  void deliversParcels(int parcels) {
    assertTrue(parcels < 3, "at most 2 parcels");
  }

  @Nested
  @DisplayName("BD-220 tracking")
  class Tracking {
    @Test
    @DisplayName("shows the courier")
    void showsTheCourier() {}

    @Test
    @DisplayName("shows the ETA")
    void showsTheEta() {
      throw new IllegalStateException("no ETA for parcel 7");
    }
  }
}
