package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.plugin.MisbehavingTrialPlugins;
import it.lombardia.irt.testing.plugin.TrialPluginJar;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clinical networks over REST: built-in plug-ins active at start-up, runtime upload of new
 * versions without restart (the uploaded code running only in a sandbox, never in the server),
 * refusal of broken ones while the running version keeps serving, enablement per ASST.
 */
@ExtendWith(ArquillianExtension.class)
class NetworksApiIT {

  private static final IrtClient REGION = demo("regione.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static String uniqueNetwork() {
    return "trial-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, JsonObject> networksSeenBy(IrtClient client) {
    Answer answer = client.get("/api/networks");
    assertEquals(200, answer.status(), answer.body());
    return answer.array().getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(n -> n.getString("id"), Function.identity()));
  }

  private static List<String> versions(JsonObject network) {
    return network.getJsonArray("versions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void builtInNetworksAreActiveWithTheirConditions() {
    Map<String, JsonObject> all = networksSeenBy(REGION);

    assertTrue(
        all.keySet().containsAll(List.of("cardiology", "diabetes")), all.keySet().toString());
    JsonObject diabetes = all.get("diabetes");
    assertEquals("1.3.0", diabetes.getString("version"));
    assertTrue(diabetes.getJsonArray("conditions").size() >= 1);
    assertTrue(diabetes.getJsonObject("name").getString("it").length() > 0);
  }

  @Test
  void aTenantSeesOnlyTheNetworksItHasEnabled() {
    assertTrue(networksSeenBy(demo("niguarda.mmg")).containsKey("diabetes"));
    Map<String, JsonObject> bergamo = networksSeenBy(demo("bergamo.mmg"));

    assertTrue(
        bergamo.keySet().containsAll(List.of("cardiology", "diabetes")),
        bergamo.keySet().toString());
    assertTrue(
        !bergamo.containsKey("oncology") && !bergamo.containsKey("respiratory"),
        bergamo.keySet().toString());
    assertEquals(404, demo("bergamo.mmg").get("/api/networks/oncology").status());
    assertEquals(200, demo("bergamo.mmg").get("/api/networks/diabetes").status());
  }

  @Test
  void anUploadedVersionServesAtOnceAndEarlierVersionsStayReadable() {
    String id = uniqueNetwork();

    Answer first = REGION.upload("/api/networks", TrialPluginJar.of(id, "1.0.0", 110, "kg"));
    assertEquals(201, first.status(), first.body());
    assertEquals("1.0.0", networksSeenBy(REGION).get(id).getString("version"));

    Answer second =
        demo("niguarda.curatore")
            .upload("/api/networks", TrialPluginJar.of(id, "1.1.0", 105, "kg"));
    assertEquals(201, second.status(), second.body());

    JsonObject network = networksSeenBy(REGION).get(id);
    assertEquals("1.1.0", network.getString("version"));
    assertEquals(List.of("1.0.0", "1.1.0"), versions(network));
    assertEquals(
        110.0, alarmThreshold(REGION.get("/api/networks/" + id + "?version=1.0.0").object()));
    assertEquals(105.0, alarmThreshold(REGION.get("/api/networks/" + id).object()));

    JsonObject history =
        REGION
            .get("/api/history/network-release/" + second.object().getJsonNumber("releaseId"))
            .array()
            .getJsonObject(0);
    assertEquals("ADD", history.getString("change"));
    assertEquals("niguarda.curatore", history.getString("username"));
  }

  private static double alarmThreshold(JsonObject definition) {
    return definition
        .getJsonArray("conditions")
        .getJsonObject(0)
        .getJsonObject("protocol")
        .getJsonArray("thresholds")
        .getJsonObject(0)
        .getJsonNumber("value")
        .doubleValue();
  }

  @Test
  void aBrokenVersionIsRefusedWithItsReportWhileTheActiveOneKeepsServing() {
    String id = uniqueNetwork();
    assertEquals(
        201, REGION.upload("/api/networks", TrialPluginJar.of(id, "1.0.0", 110, "kg")).status());

    Answer refused = REGION.upload("/api/networks", TrialPluginJar.of(id, "2.0.0", 500, "kilos"));

    assertEquals(422, refused.status(), refused.body());
    String report = refused.body();
    assertTrue(report.contains("not a valid UCUM unit: kilos"), report);
    assertTrue(report.contains("outside the plausible range"), report);
    assertEquals("1.0.0", networksSeenBy(REGION).get(id).getString("version"));
    assertEquals(List.of("1.0.0"), versions(networksSeenBy(REGION).get(id)));
  }

  @Test
  void versionsAreImmutableAndOnlyMoveForward() {
    String id = uniqueNetwork();
    assertEquals(
        201, REGION.upload("/api/networks", TrialPluginJar.of(id, "1.1.0", 110, "kg")).status());

    Answer sameVersionOtherContent =
        REGION.upload("/api/networks", TrialPluginJar.of(id, "1.1.0", 120, "kg"));
    Answer older = REGION.upload("/api/networks", TrialPluginJar.of(id, "1.0.5", 110, "kg"));

    assertEquals(422, sameVersionOtherContent.status());
    assertTrue(
        sameVersionOtherContent.body().contains("was activated with other content"),
        sameVersionOtherContent.body());
    assertEquals(422, older.status());
    assertTrue(older.body().contains("not newer than the active 1.1.0"), older.body());
    assertEquals(110.0, alarmThreshold(REGION.get("/api/networks/" + id).object()));
  }

  @Test
  void onlyCuratorsAndTheRegionUploadAndGarbageIsRefusedClearly() {
    assertEquals(
        403,
        demo("niguarda.mmg")
            .upload("/api/networks", TrialPluginJar.of(uniqueNetwork(), "1.0.0", 110, "kg"))
            .status());

    Answer garbage = REGION.upload("/api/networks", "not a jar at all".getBytes());

    assertEquals(422, garbage.status());
    assertTrue(garbage.body().contains("not a jar file"), garbage.body());
  }

  @Test
  void anUploadedPluginsCodeRunsOutsideTheServerYetItsNetworkIsActivated() {
    String id = uniqueNetwork();
    Path marker = Path.of(System.getProperty("java.io.tmpdir"), id + "-ran-in-the-server");

    Answer upload =
        REGION.upload(
            "/api/networks",
            TrialPluginJar.misbehaving(
                MisbehavingTrialPlugins.LooksForTheServer.class, id, "marker=" + marker));

    assertEquals(201, upload.status(), upload.body());
    assertFalse(Files.exists(marker), "the static initialiser saw the server's configuration");
    assertEquals("1.0.0", networksSeenBy(REGION).get(id).getString("version"));
  }

  @Test
  void anUploadedPluginCannotReachTheDatasourceAndIsRefusedSayingWhy() {
    String id = uniqueNetwork();

    Answer refused =
        REGION.upload(
            "/api/networks",
            TrialPluginJar.misbehaving(
                MisbehavingTrialPlugins.ReachesForTheDatabase.class, id, ""));

    assertEquals(422, refused.status(), refused.body());
    assertTrue(
        refused
            .body()
            .contains(
                "plug-in class "
                    + MisbehavingTrialPlugins.ReachesForTheDatabase.class.getName()
                    + " failed to describe its network: java.lang.IllegalStateException: no"
                    + " datasource"),
        refused.body());
    assertFalse(networksSeenBy(REGION).containsKey(id));
  }

  @Test
  void anUploadedPluginThatNeverFinishesIsRefusedAfterTheTimeout() {
    String id = uniqueNetwork();

    Answer refused =
        REGION.upload(
            "/api/networks",
            TrialPluginJar.misbehaving(MisbehavingTrialPlugins.NeverFinishes.class, id, ""));

    assertEquals(422, refused.status(), refused.body());
    assertTrue(
        refused.body().contains("did not finish describing its network within 10 seconds"),
        refused.body());
    assertFalse(networksSeenBy(REGION).containsKey(id));
  }

  @Test
  void theRegionEnablesANetworkForAnAsstPinnedToAVersion() {
    String id = uniqueNetwork();
    REGION.upload("/api/networks", TrialPluginJar.of(id, "1.0.0", 110, "kg"));
    REGION.upload("/api/networks", TrialPluginJar.of(id, "1.1.0", 105, "kg"));
    assertTrue(!networksSeenBy(demo("bergamo.mmg")).containsKey(id));

    assertEquals(
        204,
        REGION
            .put(
                "/api/networks/" + id + "/tenants/ASST-PAPA-GIOVANNI-XXIII",
                "{\"version\": \"1.0.0\"}")
            .status());

    JsonObject seen = networksSeenBy(demo("bergamo.mmg")).get(id);
    assertEquals("1.0.0", seen.getString("version"));
    assertTrue(
        !networksSeenBy(demo("niguarda.mmg")).containsKey(id),
        "enabling for Bergamo does not enable for Niguarda");
    assertEquals(
        403,
        demo("bergamo.admin").put("/api/networks/" + id + "/tenants/ASST-NIGUARDA", "{}").status());
    assertEquals(
        400,
        REGION
            .put(
                "/api/networks/" + id + "/tenants/ASST-PAPA-GIOVANNI-XXIII",
                "{\"version\": \"9.9.9\"}")
            .status());

    assertEquals(
        204, REGION.delete("/api/networks/" + id + "/tenants/ASST-PAPA-GIOVANNI-XXIII").status());
    assertTrue(!networksSeenBy(demo("bergamo.mmg")).containsKey(id));
  }

  @Test
  void eligibilityIsExplainedCriterionByCriterionAndNeedsTheNetworkEnabled() {
    String id = uniqueNetwork();
    REGION.upload("/api/networks", TrialPluginJar.of(id, "1.0.0", 110, "kg"));
    REGION.put("/api/networks/" + id + "/tenants/ASST-NIGUARDA", "{}");
    IrtClient physician = demo("niguarda.mmg");
    String path = "/api/networks/" + id + "/conditions/trial-condition/eligibility";

    JsonObject minor = physician.post(path, "{\"facts\": {\"age-years\": \"17\"}}").object();
    assertEquals("NOT_ELIGIBLE", minor.getString("decision"));
    JsonObject verdict = minor.getJsonArray("verdicts").getJsonObject(0);
    assertEquals("≥ 18", verdict.getString("expected"));
    assertEquals("17", verdict.getString("actual"));
    assertEquals("NOT_MET", verdict.getString("outcome"));
    assertEquals(
        "INCOMPLETE", physician.post(path, "{\"facts\": {}}").object().getString("decision"));
    assertEquals(
        "ELIGIBLE",
        physician
            .post(path, "{\"facts\": {\"age-years\": \"40\"}}")
            .object()
            .getString("decision"));

    assertEquals(
        404, demo("bergamo.mmg").post(path, "{\"facts\": {\"age-years\": \"40\"}}").status());
  }
}
