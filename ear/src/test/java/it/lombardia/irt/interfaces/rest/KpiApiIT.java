package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Region's adoption figures over HTTP: the seed's curve and targets, every ASST's share of them
 * moving with its enrolments, an ASST's administrator seeing its own only, and the Region changing
 * its targets (a curve that goes back refused, nothing changed).
 */
@ExtendWith(ArquillianExtension.class)
class KpiApiIT {

  private static final IrtClient REGION = demo("regione.admin");
  private static final IrtClient NIGUARDA_ADMIN = demo("niguarda.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static JsonObject regional() {
    Answer a = REGION.get("/api/region/kpi");
    assertEquals(200, a.status(), a.body());
    return a.object();
  }

  private static JsonObject row(JsonObject kpi, String list, String key, String value) {
    return kpi.getJsonArray(list).getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString(key).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + kpi.getJsonArray(list)));
  }

  private static long sum(JsonObject kpi, String list, String field) {
    return kpi.getJsonArray(list).getValuesAs(JsonObject.class).stream()
        .mapToLong(r -> r.getJsonNumber(field).longValue())
        .sum();
  }

  /** The seed's curve on {@code day}, worked out here: straight lines between its year ends. */
  private static long seedCurveOn(LocalDate day) {
    long[] ends = {0, 80_000, 170_000, 200_000};
    LocalDate from = LocalDate.of(2023, 12, 31);
    for (int year = 1; year < ends.length; year++) {
      LocalDate to = LocalDate.of(2023 + year, 12, 31);
      if (!day.isAfter(to)) {
        long span = ChronoUnit.DAYS.between(year == 1 ? LocalDate.of(2024, 1, 1) : from, to);
        long gone = ChronoUnit.DAYS.between(year == 1 ? LocalDate.of(2024, 1, 1) : from, day);
        return ends[year - 1] + (ends[year] - ends[year - 1]) * Math.max(0, gone) / span;
      }
      from = to;
    }
    return 200_000;
  }

  @Test
  void theRegionSeesTheCurveAndEachAsstsShareMovingWithItsEnrolments() {
    JsonObject before = regional();
    assertEquals(200_000, before.getJsonNumber("target").longValue());
    assertEquals(3, before.getJsonArray("curve").size());
    assertEquals(
        80_000, before.getJsonArray("curve").getJsonObject(0).getJsonNumber("target").longValue());
    assertEquals(2024, before.getJsonArray("curve").getJsonObject(0).getInt("year"));
    assertEquals(
        seedCurveOn(LocalDate.now(ZoneId.of("Europe/Rome"))),
        before.getJsonNumber("targetToday").longValue());
    assertEquals(69_335, row(before, "networks", "id", "cardiology").getInt("target"));
    assertEquals(200_000, sum(before, "networks", "target"), "the networks' targets add up");
    assertEquals(200_000, sum(before, "tenants", "target"), "the ASSTs' shares add up");
    assertEquals(
        before.getJsonNumber("targetToday").longValue(),
        sum(before, "tenants", "targetToday"),
        "and so do today's");

    CarePathways.activePatient("[\"TELEMONITORING_LEVEL_1\"]");

    JsonObject after = regional();
    assertEquals(
        row(before, "networks", "id", "cardiology").getInt("enrolledActive") + 1,
        row(after, "networks", "id", "cardiology").getInt("enrolledActive"));
    assertEquals(
        row(before, "tenants", "code", "ASST-NIGUARDA").getInt("enrolledActive") + 1,
        row(after, "tenants", "code", "ASST-NIGUARDA").getInt("enrolledActive"));
    assertEquals(
        row(before, "tenants", "code", "ASST-PAPA-GIOVANNI-XXIII").getInt("enrolledActive"),
        row(after, "tenants", "code", "ASST-PAPA-GIOVANNI-XXIII").getInt("enrolledActive"),
        "another ASST's figures do not move");
  }

  @Test
  void anAsstsAdministratorSeesItsOwnShareOnlyAndNobodyElseTheRegions() {
    Answer own = NIGUARDA_ADMIN.get("/api/kpi");
    assertEquals(200, own.status(), own.body());
    JsonObject kpi = own.object();
    assertEquals(1, kpi.getJsonArray("tenants").size());
    JsonObject niguarda = row(regional(), "tenants", "code", "ASST-NIGUARDA");
    assertEquals(niguarda.getInt("target"), kpi.getJsonNumber("target").intValue());
    assertEquals(niguarda.getInt("enrolledActive"), sum(kpi, "networks", "enrolledActive"));
    assertEquals(niguarda.getInt("target"), sum(kpi, "networks", "target"));

    assertEquals(403, NIGUARDA_ADMIN.get("/api/region/kpi").status());
    assertEquals(403, demo("niguarda.mmg").get("/api/kpi").status());
    assertEquals(403, REGION.get("/api/kpi").status(), "the Region's view is /api/region/kpi");
    assertEquals(
        403,
        NIGUARDA_ADMIN
            .put("/api/region/targets/networks/cardiology", "{\"patients\": 1}")
            .status());
  }

  @Test
  void theRegionChangesItsTargetsAndACurveThatGoesBackChangesNothing() {
    Answer back =
        REGION.put(
            "/api/region/targets/curve",
            """
            {"points": [{"date": "2024-12-31", "patients": 80000},
                        {"date": "2025-12-31", "patients": 70000}]}""");
    assertEquals(400, back.status(), back.body());
    assertTrue(back.body().contains("never decreases"), back.body());
    assertEquals(200_000, regional().getJsonNumber("target").longValue(), "nothing changed");

    try {
      Answer weighted = REGION.put("/api/region/targets/tenants/ASST-NIGUARDA", "{\"weight\": 3}");
      assertEquals(200, weighted.status(), weighted.body());
      REGION.put("/api/region/targets/tenants/ASST-PAPA-GIOVANNI-XXIII", "{\"weight\": 1}");
      JsonObject kpi = regional();
      assertEquals(150_000, row(kpi, "tenants", "code", "ASST-NIGUARDA").getInt("target"));
      assertEquals(
          50_000, row(kpi, "tenants", "code", "ASST-PAPA-GIOVANNI-XXIII").getInt("target"));
      assertEquals(
          0, row(kpi, "tenants", "code", "ASST-LECCO").getInt("target"), "no weight, no share");

      Answer cardiology =
          REGION.put("/api/region/targets/networks/cardiology", "{\"patients\": 70000}");
      assertEquals(200, cardiology.status(), cardiology.body());
      assertEquals(70_000, row(regional(), "networks", "id", "cardiology").getInt("target"));
      assertEquals(
          400,
          REGION.put("/api/region/targets/networks/cardiology", "{\"patients\": -1}").status());
      assertEquals(
          404, REGION.put("/api/region/targets/networks/nowhere", "{\"patients\": 1}").status());
    } finally {
      REGION.put("/api/region/targets/tenants/ASST-NIGUARDA", "{\"weight\": 0}");
      REGION.put("/api/region/targets/tenants/ASST-PAPA-GIOVANNI-XXIII", "{\"weight\": 0}");
      REGION.put("/api/region/targets/networks/cardiology", "{\"patients\": 69335}");
    }
  }

  @Test
  void theRegionDrillsDownToAnAtsAndToOneAsst() {
    JsonObject region = regional();
    Answer answer = REGION.get("/api/region/kpi?ats=BERGAMO");
    assertEquals(200, answer.status(), answer.body());
    JsonObject bergamo = answer.object();

    var tenants = bergamo.getJsonArray("tenants").getValuesAs(JsonObject.class);
    assertTrue(
        tenants.stream().allMatch(t -> t.getString("ats").equals("BERGAMO")), tenants.toString());
    assertTrue(
        tenants.stream().anyMatch(t -> t.getString("code").equals("ASST-PAPA-GIOVANNI-XXIII")));
    long shares =
        region.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
            .filter(t -> "BERGAMO".equals(t.getString("ats", null)))
            .mapToLong(t -> t.getJsonNumber("target").longValue())
            .sum();
    assertEquals(shares, bergamo.getJsonNumber("target").longValue(), "the ATS's ASSTs' shares");
    assertEquals(shares, sum(bergamo, "networks", "target"), "split among the networks");
    assertEquals(1, bergamo.getJsonArray("ats").size());
    assertEquals("ATS di Bergamo", bergamo.getJsonArray("ats").getJsonObject(0).getString("name"));

    Answer one = REGION.get("/api/region/kpi?tenant=ASST-NIGUARDA");
    assertEquals(200, one.status(), one.body());
    assertEquals(1, one.object().getJsonArray("tenants").size());
    assertEquals(
        row(region, "tenants", "code", "ASST-NIGUARDA").getInt("enrolledActive"),
        sum(one.object(), "networks", "enrolledActive"));

    Answer unknownAts = REGION.get("/api/region/kpi?ats=LOMBARDIA");
    assertEquals(400, unknownAts.status(), unknownAts.body());
    assertTrue(unknownAts.body().contains("ats"), unknownAts.body());
    assertEquals(404, REGION.get("/api/region/kpi?tenant=ASST-NOWHERE").status());
    assertEquals(403, NIGUARDA_ADMIN.get("/api/region/kpi?tenant=ASST-NIGUARDA").status());
  }
}
