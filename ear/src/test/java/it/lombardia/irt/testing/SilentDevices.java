package it.lombardia.irt.testing;

import static it.lombardia.irt.testing.Fhir.WEIGHT;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.vital;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A monitored Niguarda patient whose installed scale went silent (its last weight 60 hours ago, so
 * the missing-data check, every 2 s in the ITs, finds it), and the service centre's proactive call
 * tasks for them.
 */
public final class SilentDevices {

  private static final IrtClient DESK = demo("niguarda.helpdesk");

  /** The patient and their silent scale. */
  public record SilentPatient(long patient, HomeDevices.Device scale) {}

  private SilentDevices() {}

  public static SilentPatient silentScale() {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    HomeDevices.Device scale = HomeDevices.atHome(patient, "connected-scale");
    niguardaGateway()
        .create()
        .resource(vital(patient, WEIGHT, 80, "kg", Instant.now().minus(Duration.ofHours(60))))
        .execute();
    return new SilentPatient(patient, scale);
  }

  /** The patient's proactive call tasks as the Niguarda desk sees them. */
  public static List<JsonObject> callsFor(long patient) {
    Answer a = DESK.get("/api/tickets?category=CONNECTIVITY");
    assertEquals(200, a.status(), a.body());
    return a.array().getValuesAs(JsonObject.class).stream()
        .filter(t -> "PROACTIVE".equals(t.getString("channel")))
        .filter(t -> !t.isNull("patientId") && t.getJsonNumber("patientId").longValue() == patient)
        .toList();
  }

  /** The patient's call tasks once there is one, waiting up to 30 s. */
  public static List<JsonObject> awaitCalls(long patient) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    List<JsonObject> calls = callsFor(patient);
    while (calls.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      calls = callsFor(patient);
    }
    return calls;
  }
}
