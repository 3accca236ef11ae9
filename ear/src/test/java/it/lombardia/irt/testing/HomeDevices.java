package it.lombardia.irt.testing;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * Devices of the cardiology catalog moved over REST by an ASST's ADI operator, for the tests of
 * device faults: in stock, or delivered and installed at a patient's home; their history; and the
 * Region's count of faults per type.
 */
public final class HomeDevices {

  private static final IrtClient ADI = demo("niguarda.adi");

  /** A device of the inventory: its id and serial number. */
  public record Device(long id, String serial) {}

  private HomeDevices() {}

  /** A new device of {@code type} in the stock of the ADI operator's ASST. */
  public static Device inStock(IrtClient adi, String type) {
    String serial = "FX-" + UUID.randomUUID().toString().substring(0, 13);
    Answer created =
        adi.post(
            "/api/devices",
            """
            {"networkId": "cardiology", "typeId": "%s", "serialNumber": "%s"}"""
                .formatted(type, serial));
    assertEquals(201, created.status(), created.body());
    return new Device(created.object().getJsonNumber("id").longValue(), serial);
  }

  /** A new Niguarda device of {@code type} in stock. */
  public static Device inStock(String type) {
    return inStock(ADI, type);
  }

  /** A Niguarda device of {@code type} assigned, delivered and installed at the patient's home. */
  public static Device atHome(long patient, String type) {
    Device device = inStock(type);
    step(device.id(), "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}");
    step(device.id(), "{\"status\": \"DELIVERED\", \"place\": \"Domicilio del paziente\"}");
    step(device.id(), "{\"status\": \"INSTALLED\"}");
    return device;
  }

  /** The ADI operator moves the device one step. */
  public static void step(long device, String json) {
    Answer a = ADI.post("/api/devices/" + device + "/steps", json);
    assertEquals(200, a.status(), a.body());
  }

  /** The statuses the device went through, oldest first. */
  public static List<String> history(long device) {
    return ADI
        .get("/api/devices/" + device + "/steps")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(s -> s.getString("status"))
        .toList();
  }

  /**
   * How many faults the Region counts on devices of {@code type} without a vendor (those these
   * tests create; other tests add rows of their own vendors).
   */
  public static long faultsOfType(String type) {
    return demo("regione.admin")
        .get("/api/region/tickets/summary")
        .object()
        .getJsonArray("deviceFaults")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("typeId").equals(type))
        .filter(r -> !r.containsKey("vendor") || r.isNull("vendor"))
        .mapToLong(r -> r.getJsonNumber("faults").longValue())
        .sum();
  }
}
