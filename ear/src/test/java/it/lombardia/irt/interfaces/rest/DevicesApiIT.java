package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Devices over REST: the inventory by catalog type, the lifecycle steps in order with who and when,
 * the association with the patient from installation to collection, and isolation.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesApiIT {

  private static final IrtClient ADI = demo("niguarda.adi");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long newScale() {
    Answer created =
        ADI.post(
            "/api/devices",
            """
            {"networkId": "cardiology", "typeId": "connected-scale", "serialNumber": "SC-%s"}"""
                .formatted(UUID.randomUUID()));
    assertEquals(201, created.status(), created.body());
    assertEquals("IN_STOCK", created.object().getString("status"));
    return created.object().getJsonNumber("id").longValue();
  }

  private static Answer step(long device, String json) {
    return ADI.post("/api/devices/" + device + "/steps", json);
  }

  @Test
  void onlyCatalogTypesOfFollowedNetworksWithUniqueSerialsEnterTheInventory() {
    assertEquals(
        400,
        ADI.post(
                "/api/devices",
                "{\"networkId\": \"cardiology\", \"typeId\": \"toaster\", \"serialNumber\": \"X\"}")
            .status());
    String serial = "BP-" + UUID.randomUUID();
    String body =
        "{\"networkId\": \"cardiology\", \"typeId\": \"bp-monitor-upper-arm\", \"serialNumber\": \"%s\"}"
            .formatted(serial);
    assertEquals(201, ADI.post("/api/devices", body).status());
    assertEquals(409, ADI.post("/api/devices", body).status(), "one serial per type");
    assertEquals(403, demo("niguarda.mmg").post("/api/devices", body).status());
  }

  @Test
  void aDeviceGoesHomeAndBackStepByStepAndIsTheMeasuringDeviceOfThePatientMeanwhile() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    long device = newScale();
    assertEquals(409, step(device, "{\"status\": \"INSTALLED\"}").status(), "steps come in order");
    assertEquals(409, step(device, "{\"status\": \"ASSIGNED\"}").status(), "to a patient");
    assertEquals(
        200, step(device, "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}").status());
    assertEquals(409, step(device, "{\"status\": \"DELIVERED\"}").status(), "delivered where?");
    assertEquals(
        200,
        step(device, "{\"status\": \"DELIVERED\", \"place\": \"Farmacia Centrale, Milano\"}")
            .status());
    assertEquals(
        200,
        step(device, "{\"status\": \"INSTALLED\", \"note\": \"caregiver addestrato\"}").status());
    List<JsonObject> associations =
        ADI.get("/api/devices/associations?patient=" + patient)
            .array()
            .getValuesAs(JsonObject.class);
    assertEquals(1, associations.size());
    assertFalse(associations.get(0).containsKey("validTo"), "open while the device is at home");

    for (String status : List.of("IN_USE", "COLLECTED", "SANITISED", "CHECKED", "IN_STOCK")) {
      Answer moved = step(device, "{\"status\": \"" + status + "\"}");
      assertEquals(200, moved.status(), status + ": " + moved.body());
    }
    JsonObject closed =
        ADI.get("/api/devices/associations?patient=" + patient).array().getJsonObject(0);
    assertTrue(closed.containsKey("validTo"), "collection ends the association");
    List<JsonObject> steps =
        ADI.get("/api/devices/" + device + "/steps").array().getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "IN_STOCK",
            "ASSIGNED",
            "DELIVERED",
            "INSTALLED",
            "IN_USE",
            "COLLECTED",
            "SANITISED",
            "CHECKED",
            "IN_STOCK"),
        steps.stream().map(s -> s.getString("status")).toList());
    assertTrue(steps.stream().allMatch(s -> s.getString("doneBy").equals("niguarda.adi")));
    List<String> record =
        demo("niguarda.mmg")
            .get("/api/records/" + patient + "?type=MEASUREMENTS")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("summary"))
            .toList();
    assertTrue(record.stream().anyMatch(s -> s.startsWith("Installato")), record.toString());
    assertTrue(record.stream().anyMatch(s -> s.startsWith("Ritirato")), record.toString());
  }

  @Test
  void aDevicesVendorIsKeptWithItAndTheRegionCountsItsFaultsPerTypeAndVendor() {
    String vendor = "Bilance " + UUID.randomUUID().toString().substring(0, 8);
    Answer tooLong =
        ADI.post(
            "/api/devices",
            """
            {"networkId": "cardiology", "typeId": "connected-scale", "serialNumber": "SC-%s",
             "vendor": "%s"}"""
                .formatted(UUID.randomUUID(), "x".repeat(81)));
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().contains("vendor"), tooLong.body());

    Answer created =
        ADI.post(
            "/api/devices",
            """
            {"networkId": "cardiology", "typeId": "connected-scale", "serialNumber": "SC-%s",
             "vendor": " %s "}"""
                .formatted(UUID.randomUUID(), vendor));
    assertEquals(201, created.status(), created.body());
    assertEquals(vendor, created.object().getString("vendor"));
    long device = created.object().getJsonNumber("id").longValue();
    assertTrue(
        ADI.get("/api/devices").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                d ->
                    d.getJsonNumber("id").longValue() == device
                        && vendor.equals(d.getString("vendor"))),
        "the inventory shows the vendor");

    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    for (String s :
        List.of(
            "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}",
            "{\"status\": \"DELIVERED\", \"place\": \"Domicilio\"}",
            "{\"status\": \"INSTALLED\"}",
            "{\"status\": \"FAULTY\"}")) {
      assertEquals(200, step(device, s).status(), s);
    }
    List<JsonObject> rows =
        demo("regione.admin")
            .get("/api/region/tickets/summary")
            .object()
            .getJsonArray("deviceFaults")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> vendor.equals(r.getString("vendor", null)))
            .toList();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("connected-scale", rows.get(0).getString("typeId"));
    assertEquals(1, rows.get(0).getInt("faults"));
  }

  @Test
  void anotherAsstAndProfessionalsOutsideTheCareCannotMoveOrSeeTheDevices() {
    long device = newScale();
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    IrtClient bergamo = demo("bergamo.adi");
    assertEquals(
        404,
        bergamo.post("/api/devices/" + device + "/steps", "{\"status\": \"RETIRED\"}").status());
    assertEquals(404, bergamo.get("/api/devices/" + device + "/steps").status());
    assertTrue(
        bergamo.get("/api/devices").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(d -> d.getJsonNumber("id").longValue() == device));
    assertEquals(404, bergamo.get("/api/devices/associations?patient=" + patient).status());
    assertEquals(
        403,
        demo("niguarda.infermiere")
            .post(
                "/api/devices/" + device + "/steps",
                "{\"status\": \"ASSIGNED\", \"patientId\": " + patient + "}")
            .status(),
        "a nurse assigns devices only to patients in her care");
  }
}
