package it.lombardia.irt.interfaces.fhir;

import static it.lombardia.irt.testing.Fhir.diagnostics;
import static it.lombardia.irt.testing.Fhir.niguardaGateway;
import static it.lombardia.irt.testing.Fhir.niguardaPhysician;
import static it.lombardia.irt.testing.IrtClient.demo;
import static it.lombardia.irt.testing.SampledSeries.CGM;
import static it.lombardia.irt.testing.SampledSeries.SPO2;
import static it.lombardia.irt.testing.SampledSeries.cgmPatient;
import static it.lombardia.irt.testing.SampledSeries.join;
import static it.lombardia.irt.testing.SampledSeries.ltotPatient;
import static it.lombardia.irt.testing.SampledSeries.points;
import static it.lombardia.irt.testing.SampledSeries.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.SampledData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Continuous data (seed 000 §3.3, level 2) posted by HAPI's generic client as {@code
 * valueSampledData}: a CGM sensor day (288 points at 5 minutes) and an overnight oximetry (8 hours
 * at 1 Hz), read back as sent, summarised on the record, evaluated for sustained crossings; the
 * malformed and misplaced series refused with nothing stored; another ASST sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ContinuousDataIT {

  private static final String RESPIRATORY_RATE = "9279-1";

  private final IGenericClient gateway = niguardaGateway();
  private final IGenericClient reader = niguardaPhysician();
  private final IrtClient mmg = demo("niguarda.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /**
   * A sensor day: 216 points in range (120), a 10-minute dip to 45 (too short for an alarm), 170
   * minutes at 50 mg/dL (a sustained level-2 low) and 3 hours at 200 (a sustained high).
   */
  private static final String CGM_DAY =
      join(
          List.of(
              points("120", 100),
              points("45", 2),
              points("120", 78),
              points("50", 34),
              points("120", 38),
              points("200", 36)));

  private Observation read(MethodOutcome created) {
    return reader
        .read()
        .resource(Observation.class)
        .withId(created.getId().toUnqualifiedVersionless())
        .execute();
  }

  private JsonObject onlySeries(long patient) {
    IrtClient.Answer series = mmg.get("/api/records/" + patient + "/series");
    assertEquals(200, series.status(), series.body());
    assertEquals(1, series.array().size(), series.body());
    return series.array().getJsonObject(0);
  }

  private static double number(JsonObject o, String name) {
    return o.getJsonNumber(name).doubleValue();
  }

  @Test
  void aCgmSensorDayIsReadBackAsSentAndSummarisedOnTheRecord() {
    long patient = cgmPatient();
    Instant start = Instant.now().minus(Duration.ofHours(25));

    Observation stored =
        read(
            gateway
                .create()
                .resource(series(patient, CGM, "mg/dL", 300_000, CGM_DAY, start))
                .execute());

    SampledData back = stored.getValueSampledData();
    assertEquals(CGM_DAY, back.getData());
    assertEquals(0, new BigDecimal("300000").compareTo(back.getPeriod()));
    assertEquals("mg/dL", back.getOrigin().getCode());
    assertEquals(1, back.getDimensions());
    JsonObject s = onlySeries(patient);
    JsonObject summary = s.getJsonObject("summary");
    assertEquals(CGM, s.getString("code"));
    assertEquals(288, summary.getInt("points"));
    assertEquals(12.5, number(summary, "below"), 1e-9);
    assertEquals(75.0, number(summary, "inRange"), 1e-9);
    assertEquals(12.5, number(summary, "above"), 1e-9);
    double mean = (216 * 120 + 2 * 45 + 34 * 50 + 36 * 200) / 288.0;
    assertEquals(mean, number(summary, "mean"), 1e-6);
    assertEquals(45, number(summary, "min"), 1e-9);
    assertEquals(3.31 + 0.02392 * mean, number(summary, "gmi"), 1e-6);
  }

  @Test
  void aSustainedLowRaisesOneAlarmNotOnePerPoint() {
    long patient = cgmPatient();
    gateway
        .create()
        .resource(
            series(
                patient, CGM, "mg/dL", 300_000, CGM_DAY, Instant.now().minus(Duration.ofHours(25))))
        .execute();

    IrtClient.Answer alarms = mmg.get("/api/alarms?patient=" + patient);

    assertEquals(200, alarms.status(), alarms.body());
    List<JsonObject> low =
        alarms.array().getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("ruleKey").endsWith(CGM + ":BELOW"))
            .toList();
    assertEquals(1, low.size(), alarms.body());
    assertEquals("ALARM", low.get(0).getString("level"));
    assertEquals(50, low.get(0).getJsonNumber("value").intValue());
    assertEquals(1, low.get(0).getInt("triggerCount"), low.get(0).toString());
    assertTrue(
        low.get(0).getString("explanationIt").contains("per 170 minuti"),
        low.get(0).getString("explanationIt"));
  }

  @Test
  void aSensorDaySentAtItsEndCountsAsDataUntilItsLastPointForTheMissingDataRule()
      throws InterruptedException {
    long patient = cgmPatient();
    // 24 hours of points from 30 hours ago: the first point is older than the 24-hour rule,
    // the last one is 6 hours old
    sendSensorDay(patient, Instant.now().minus(Duration.ofHours(30)));
    // A witness enrolled afterwards, whose sensor day ended 36 hours ago: the watch checks an
    // ASST's patients in id order, so once the witness's alarm is raised, a check has run over
    // the first patient with its sensor day stored — no fixed wait for the watch's period.
    long witness = cgmPatient();
    sendSensorDay(witness, Instant.now().minus(Duration.ofHours(60)));

    Instant deadline = Instant.now().plusSeconds(30);
    while (missingDataAlarms(witness).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }

    assertEquals(1, missingDataAlarms(witness).size(), "the witness's data is missing");
    assertEquals(List.of(), missingDataAlarms(patient));
  }

  private void sendSensorDay(long patient, Instant from) {
    gateway
        .create()
        .resource(
            series(patient, CGM, "mg/dL", 300_000, String.join(" ", points("120", 288)), from))
        .execute();
  }

  private List<JsonObject> missingDataAlarms(long patient) {
    return mmg.get("/api/alarms?patient=" + patient).array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("ruleKey").endsWith("cgm-missing"))
        .toList();
  }

  @Test
  void aCgmSeriesInMmolPerLitreIsSummarisedInMgPerDlAndServedAsSent() {
    long patient = cgmPatient();
    String data = String.join(" ", points("6.7", 12));

    Observation stored =
        read(
            gateway
                .create()
                .resource(
                    series(patient, CGM, "mmol/L", 300_000, data, Instant.now().minusSeconds(7200)))
                .execute());

    assertEquals("mmol/L", stored.getValueSampledData().getOrigin().getCode());
    assertEquals(data, stored.getValueSampledData().getData());
    assertEquals(6.7 * 18.0156, number(onlySeries(patient).getJsonObject("summary"), "mean"), 1e-3);
  }

  @Test
  void anOvernightOximetryGivesT90AndTheDesaturationIndex() {
    long patient = ltotPatient();
    // 8 hours at 1 Hz on oxygen around 91 %: 6 falls to 87 % for 20 s, 72 minutes at 86 %,
    // and 2 error points (probe off)
    List<String> night = new ArrayList<>(points("91", 8 * 3600));
    for (int k = 0; k < 6; k++) {
      for (int i = 0; i < 20; i++) {
        night.set(1000 + k * 600 + i, "87");
      }
    }
    for (int i = 0; i < 72 * 60; i++) {
      night.set(10_000 + i, "86");
    }
    night.set(20_000, "E");
    night.set(20_001, "E");
    Instant start = Instant.now().minus(Duration.ofHours(9));

    Observation stored =
        read(
            gateway
                .create()
                .resource(series(patient, SPO2, "%", 1000, String.join(" ", night), start))
                .execute());

    assertEquals(28_800, stored.getValueSampledData().getData().split(" ").length);
    JsonObject summary = onlySeries(patient).getJsonObject("summary");
    assertEquals(28_798, summary.getInt("valid"));
    assertEquals((72 * 60 + 6 * 20) * 100.0 / 28_798, number(summary, "below"), 1e-6);
    assertEquals(86, number(summary, "min"), 1e-9);
    assertEquals(7 / 8.0 * 28_800 / 28_798, number(summary, "odi"), 1e-6);
    IrtClient.Answer alarms = mmg.get("/api/alarms?patient=" + patient);
    assertTrue(
        alarms.array().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                a ->
                    a.getString("ruleKey").endsWith(SPO2 + ":BELOW")
                        && a.getString("level").equals("ATTENTION")
                        && a.getString("explanationIt").contains("per 72 minuti")),
        alarms.body());
  }

  @Test
  void malformedOrMisplacedSeriesAreRefusedNamingTheElementAndNothingIsStored() {
    long patient = ltotPatient();
    Instant at = Instant.now().minusSeconds(3600);
    List<Object[]> cases =
        List.of(
            new Object[] {
              series(patient, RESPIRATORY_RATE, "/min", 60_000, "16 17 18", at),
              "Observation.valueSampledData",
              "not recorded continuously"
            },
            new Object[] {
              with(series(patient, SPO2, "%", 1000, "95 96 97", at), d -> d.setDimensions(2)),
              "Observation.valueSampledData.data",
              "do not fill 2 dimensions"
            },
            new Object[] {
              series(patient, SPO2, "%", 1000, "95 abc 96", at),
              "Observation.valueSampledData.data",
              "point 2 ('abc')"
            },
            new Object[] {
              series(patient, SPO2, "%", 1000, "95 L 96", at),
              "Observation.valueSampledData.lowerLimit",
              "lower limit of detection"
            },
            new Object[] {
              series(patient, SPO2, "%", 0, "95 96", at),
              "Observation.valueSampledData.period",
              "must be positive"
            },
            new Object[] {
              series(patient, SPO2, "%", 1000, "95 30 96", at),
              "Observation.valueSampledData.data",
              "point 2 (30 %) is not a plausible"
            },
            new Object[] {
              series(patient, SPO2, "kg", 1000, "95 96", at),
              "Observation.valueSampledData.origin",
              "cannot be converted"
            });

    for (Object[] c : cases) {
      UnprocessableEntityException e =
          assertThrows(
              UnprocessableEntityException.class,
              () -> gateway.create().resource((Observation) c[0]).execute(),
              (String) c[1]);
      String why = diagnostics(e);
      assertTrue(why.contains("@[" + c[1] + "]") && why.contains((String) c[2]), why);
    }
    assertEquals(0, Fhir.ofPatient(reader, Observation.class, patient).size());
    assertEquals(0, mmg.get("/api/records/" + patient + "/series").array().size());
  }

  private static Observation with(Observation o, Consumer<SampledData> change) {
    change.accept(o.getValueSampledData());
    return o;
  }

  @Test
  void anotherAsstFindsNeitherTheSeriesNorItsSummary() {
    long patient = cgmPatient();
    MethodOutcome created =
        gateway
            .create()
            .resource(
                series(
                    patient,
                    CGM,
                    "mg/dL",
                    300_000,
                    CGM_DAY,
                    Instant.now().minus(Duration.ofHours(25))))
            .execute();

    assertThrows(
        ResourceNotFoundException.class,
        () ->
            Fhir.bergamoPhysician()
                .read()
                .resource(Observation.class)
                .withId(created.getId().toUnqualifiedVersionless())
                .execute());
    assertEquals(404, demo("bergamo.mmg").get("/api/records/" + patient + "/series").status());
  }

  @Test
  void aPhysicianOutsideTheCareCannotReadTheSummary() {
    long patient = cgmPatient();

    IrtClient outsider = CarePathways.newPhysician("MMG");

    assertEquals(403, outsider.get("/api/records/" + patient + "/series").status());
  }
}
