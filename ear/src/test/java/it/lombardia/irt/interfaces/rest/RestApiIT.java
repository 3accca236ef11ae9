package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.basic;
import static it.lombardia.irt.testing.IrtClient.bearer;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API against the provisioned WildFly with the packaged EAR: authentication, roles, tenant
 * isolation both ways, validation, audit. Each test makes the data it changes, so tests do not
 * depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

  private static final IrtClient REGION = demo("regione.admin");
  private static final IrtClient NIGUARDA_ADMIN = demo("niguarda.admin");
  private static final IrtClient BERGAMO_ADMIN = demo("bergamo.admin");
  private static final String PASSWORD = "Password-Prova-1";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String newUserJson(String username, String roles, String specialty) {
    return """
        {"username": "%s", "fullName": "Utente di prova", "email": "%s@example.org", "password": "%s",
         "roles": [%s], "specialty": %s}
        """
        .formatted(
            username,
            username,
            PASSWORD,
            roles,
            specialty == null ? "null" : "\"" + specialty + "\"");
  }

  private static long createNurse(IrtClient admin, String username) {
    Answer created = admin.post("/api/users", newUserJson(username, "\"NURSE\"", null));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }

  private static Set<String> usernames(Answer list) {
    return list.array().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("username"))
        .collect(Collectors.toSet());
  }

  // --- /api/tenants
  // -----------------------------------------------------------------------------------

  @Test
  void regionAdminListsEveryAsstWithCodeNameAtsAndActiveFlag() {
    Answer answer = REGION.get("/api/tenants");

    assertEquals(200, answer.status(), answer.body());
    JsonArray tenants = answer.array();
    assertTrue(tenants.size() >= 27, "tenants: " + tenants.size());
    JsonObject niguarda =
        tenants.getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("code").equals("ASST-NIGUARDA"))
            .findFirst()
            .orElseThrow();
    assertEquals("ASST Grande Ospedale Metropolitano Niguarda", niguarda.getString("name"));
    assertEquals("CITTA_METROPOLITANA_MILANO", niguarda.getString("ats"));
    assertEquals(JsonValue.TRUE, niguarda.get("active"));
  }

  @Test
  void tenantsNeedCredentials() {
    Answer answer = anonymous().get("/api/tenants");

    assertEquals(401, answer.status());
  }

  @Test
  void wrongPasswordIsRejected() {
    String name = unique("wrongpw.");
    createNurse(NIGUARDA_ADMIN, name);

    assertEquals(401, basic(name, "not-the-password").get("/api/me").status());
    assertEquals(401, basic("nobody.at.all", "whatever-password").get("/api/me").status());
    assertEquals(200, basic(name, PASSWORD).get("/api/me").status());
  }

  @Test
  void otherRolesAreForbiddenFromTheTenantList() {
    for (String user :
        List.of("niguarda.admin", "niguarda.mmg", "bergamo.infermiere", "niguarda.curatore")) {
      assertEquals(403, demo(user).get("/api/tenants").status(), user);
    }
    assertEquals(
        403, bearer("niguarda-gateway.niguarda-gateway-demo-secret").get("/api/tenants").status());
  }

  @Test
  void invalidTenantIsRefusedWithEveryProblemAndNothingIsSaved() {
    Answer answer =
        REGION.post(
            "/api/tenants", "{\"code\": \"asst-minuscolo\", \"name\": \"\", \"ats\": \"PAVIA\"}");

    assertEquals(400, answer.status(), answer.body());
    Set<String> fields =
        answer.object().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("field"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("code", "name"), fields);
    assertEquals(404, REGION.get("/api/tenants/asst-minuscolo").status());

    Answer badAts =
        REGION.post(
            "/api/tenants",
            "{\"code\": \"ASST-ATLANTIDE\", \"name\": \"Atlantide\", \"ats\": \"ATLANTIDE\"}");
    assertEquals(400, badAts.status());
    assertTrue(badAts.body().contains("unknown ATS"), badAts.body());
    assertEquals(404, REGION.get("/api/tenants/ASST-ATLANTIDE").status());
  }

  @Test
  void malformedJsonGetsAClear400NamingThePositionButNoServerClass() {
    Answer answer = REGION.post("/api/tenants", "{\"code\": ");

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("invalid JSON at line 1, column"), answer.body());
    assertNoClassNames(answer);
  }

  @Test
  void aValueOfTheWrongTypeGetsA400NamingTheFieldOrValueButNoServerClass() {
    IrtClient mmg = demo("niguarda.mmg");
    Answer date = mmg.post("/api/patients", "{\"givenName\": \"Ada\", \"birthDate\": \"ieri\"}");
    Answer kind = mmg.post("/api/enrolments/1/consents", "{\"kind\": \"SOMETHING\"}");
    Answer array = mmg.post("/api/patients", "[1]");

    assertEquals(400, date.status(), date.body());
    assertTrue(date.body().contains("'birthDate'"), date.body());
    assertEquals(400, kind.status(), kind.body());
    assertTrue(kind.body().contains("'SOMETHING' is not one of the values"), kind.body());
    assertEquals(400, array.status(), array.body());
    for (Answer answer : List.of(date, kind, array)) {
      assertNoClassNames(answer);
    }
  }

  private static void assertNoClassNames(Answer answer) {
    for (String prefix : List.of("com.", "org.", "java.", "jakarta.", "it.lombardia", "RESTEASY")) {
      assertFalse(answer.body().contains(prefix), prefix + " in " + answer.body());
    }
  }

  @Test
  void duplicateTenantCodeIsRefused() {
    Answer answer =
        REGION.post(
            "/api/tenants",
            "{\"code\": \"ASST-NIGUARDA\", \"name\": \"Doppione\", \"ats\": \"PAVIA\"}");

    assertEquals(400, answer.status());
    assertEquals(
        "ASST Grande Ospedale Metropolitano Niguarda",
        REGION.get("/api/tenants/ASST-NIGUARDA").object().getString("name"));
  }

  @Test
  void regionCreatesEditsAndAuditsATenant() {
    String code = unique("ASST-IT-").toUpperCase();
    Answer created =
        REGION.post(
            "/api/tenants",
            "{\"code\": \"%s\", \"name\": \"ASST di prova\", \"ats\": \"PAVIA\"}".formatted(code));
    assertEquals(201, created.status(), created.body());

    Answer updated =
        REGION.put(
            "/api/tenants/" + code,
            "{\"name\": \"ASST rinominata\", \"ats\": \"MONTAGNA\", \"settings\": {\"session.timeout-minutes\": \"20\"}}");
    assertEquals(200, updated.status(), updated.body());
    assertEquals("MONTAGNA", updated.object().getString("ats"));
    assertEquals(
        "20", updated.object().getJsonObject("settings").getString("session.timeout-minutes"));

    JsonArray history = REGION.get("/api/history/tenant/" + code).array();
    assertEquals(2, history.size());
    JsonObject last = history.getJsonObject(1);
    assertEquals("MOD", last.getString("change"));
    assertEquals("regione.admin", last.getString("username"));
    assertEquals("ASST rinominata", last.getJsonObject("state").getString("name"));
  }

  @Test
  void unknownSettingIsRefused() {
    Answer answer =
        REGION.put(
            "/api/tenants/ASST-CREMA",
            "{\"name\": \"ASST di Crema\", \"ats\": \"VAL_PADANA\", \"settings\": {\"colour\": \"blue\"}}");

    assertEquals(400, answer.status());
    assertTrue(REGION.get("/api/tenants/ASST-CREMA").object().getJsonObject("settings").isEmpty());
  }

  @Test
  void deactivatedTenantsUsersCannotLogIn() {
    String code = unique("ASST-CHIUSA-").toUpperCase();
    assertEquals(
        201,
        REGION
            .post(
                "/api/tenants",
                "{\"code\": \"%s\", \"name\": \"ASST da chiudere\", \"ats\": \"PAVIA\"}"
                    .formatted(code))
            .status());
    String adminName = unique("admin.");
    Answer admin =
        REGION.post("/api/tenants/" + code + "/administrators", newUserJson(adminName, "", null));
    assertEquals(201, admin.status(), admin.body());
    IrtClient tenantAdmin = basic(adminName, PASSWORD);
    assertEquals(code, tenantAdmin.get("/api/me").object().getString("tenant"));

    assertEquals(200, REGION.post("/api/tenants/" + code + "/deactivate", "").status());
    assertEquals(401, tenantAdmin.get("/api/me").status());

    assertEquals(200, REGION.post("/api/tenants/" + code + "/activate", "").status());
    assertEquals(200, tenantAdmin.get("/api/me").status());
  }

  // --- /api/users: isolation between and inside tenants
  // ----------------------------------------------

  @Test
  void eachTenantAdminListsOnlyItsOwnUsers() {
    Set<String> seenByNiguarda = usernames(NIGUARDA_ADMIN.get("/api/users"));
    Set<String> seenByBergamo = usernames(BERGAMO_ADMIN.get("/api/users"));

    assertTrue(seenByNiguarda.contains("niguarda.mmg"));
    assertTrue(
        seenByNiguarda.stream()
            .noneMatch(u -> u.startsWith("bergamo.") || u.equals("regione.admin")),
        seenByNiguarda.toString());
    assertTrue(seenByBergamo.contains("bergamo.mmg"));
    assertTrue(
        seenByBergamo.stream().noneMatch(u -> u.startsWith("niguarda.")), seenByBergamo.toString());
  }

  @Test
  void anotherTenantsUserCannotBeReadChangedOrTracedBothWays() {
    long niguardaUser = createNurse(NIGUARDA_ADMIN, unique("iso.n."));
    long bergamoUser = createNurse(BERGAMO_ADMIN, unique("iso.b."));

    for (var pair :
        List.of(
            new Object[] {BERGAMO_ADMIN, niguardaUser},
            new Object[] {NIGUARDA_ADMIN, bergamoUser})) {
      IrtClient intruder = (IrtClient) pair[0];
      long victim = (long) pair[1];
      assertEquals(404, intruder.get("/api/users/" + victim).status());
      assertEquals(404, intruder.post("/api/users/" + victim + "/disable", "").status());
      assertEquals(
          404,
          intruder
              .post(
                  "/api/users/" + victim + "/password", "{\"password\": \"Presa-di-controllo-1\"}")
              .status());
      assertEquals(
          404,
          intruder
              .put("/api/users/" + victim + "/roles", "{\"roles\": [\"TENANT_ADMIN\"]}")
              .status());
      assertEquals(404, intruder.get("/api/history/user/" + victim).status());
    }
    JsonObject untouched = NIGUARDA_ADMIN.get("/api/users/" + niguardaUser).object();
    assertEquals(JsonValue.TRUE, untouched.get("enabled"));
    assertEquals(
        List.of("NURSE"),
        untouched.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(s -> s.getString())
            .toList());
  }

  @Test
  void staffWithoutTheAdministratorRoleCannotManageUsers() {
    assertEquals(403, demo("niguarda.mmg").get("/api/users").status());
    assertEquals(
        403,
        demo("niguarda.cot")
            .post("/api/users", newUserJson(unique("x."), "\"NURSE\"", null))
            .status());
    assertEquals(
        403, bearer("bergamo-gateway.bergamo-gateway-demo-secret").get("/api/users").status());
  }

  @Test
  void invalidUsersAreRefusedWithAPreciseMessage() {
    Answer noSpecialty =
        NIGUARDA_ADMIN.post("/api/users", newUserJson(unique("doc."), "\"PHYSICIAN\"", null));
    assertEquals(400, noSpecialty.status());
    assertEquals(
        "specialty",
        noSpecialty.object().getJsonArray("problems").getJsonObject(0).getString("field"));

    Answer regionRole =
        NIGUARDA_ADMIN.post("/api/users", newUserJson(unique("boss."), "\"REGION_ADMIN\"", null));
    assertEquals(400, regionRole.status());

    String shortPassword =
        newUserJson(unique("short."), "\"NURSE\"", null).replace(PASSWORD, "corta");
    assertEquals(400, NIGUARDA_ADMIN.post("/api/users", shortPassword).status());

    String name = unique("dup.");
    createNurse(NIGUARDA_ADMIN, name);
    Answer duplicateElsewhere =
        BERGAMO_ADMIN.post("/api/users", newUserJson(name, "\"NURSE\"", null));
    assertEquals(400, duplicateElsewhere.status());
    assertTrue(usernames(BERGAMO_ADMIN.get("/api/users")).stream().noneMatch(name::equals));
  }

  @Test
  void aChangeIsAuditedWithUserTenantAndAddress() {
    long id = createNurse(NIGUARDA_ADMIN, unique("audit."));
    assertEquals(200, NIGUARDA_ADMIN.post("/api/users/" + id + "/disable", "").status());

    JsonArray history = NIGUARDA_ADMIN.get("/api/history/user/" + id).array();

    assertEquals(2, history.size());
    JsonObject change = history.getJsonObject(1);
    assertEquals("niguarda.admin", change.getString("username"));
    assertEquals("ASST-NIGUARDA", change.getString("tenantCode"));
    assertFalse(change.getString("clientAddress").isBlank());
    assertEquals("false", change.getJsonObject("state").getString("enabled"));
  }

  @Test
  void perTenantSettingsOverrideTheRegionalDefault() {
    // The build starts the server with
    // irt.tenant.ASST-PAPA-GIOVANNI-XXIII.security.password.min-length=16.
    String fifteenCharacters =
        newUserJson(unique("len."), "\"NURSE\"", null).replace(PASSWORD, "Quindici-car-15");
    assertEquals(400, BERGAMO_ADMIN.post("/api/users", fifteenCharacters).status());
    assertEquals(
        201,
        NIGUARDA_ADMIN
            .post("/api/users", fifteenCharacters.replace("\"len.", "\"len.n."))
            .status());

    String code = unique("ASST-SET-").toUpperCase();
    REGION.post(
        "/api/tenants",
        "{\"code\": \"%s\", \"name\": \"ASST prudente\", \"ats\": \"PAVIA\", \"settings\": {\"security.password.min-length\": \"20\"}}"
            .formatted(code));
    Answer shortForThisTenant =
        REGION.post(
            "/api/tenants/" + code + "/administrators", newUserJson(unique("adm."), "", null));
    assertEquals(400, shortForThisTenant.status(), shortForThisTenant.body());
  }

  @Test
  void answersCarrySecurityHeaders() {
    for (Answer answer : List.of(anonymous().get("/login.xhtml"), REGION.get("/api/tenants"))) {
      assertEquals("nosniff", answer.header("X-Content-Type-Options"));
      assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"));
      assertEquals("no-store", answer.header("Cache-Control"));
      assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
    }
  }

  // --- login rules (throttling: LoginAndSessionSecurityIT)
  // -----------------------------------------------------------------------------------

  @Test
  void disabledUserCannotLogIn() {
    String name = unique("off.");
    long id = createNurse(NIGUARDA_ADMIN, name);
    assertEquals(200, basic(name, PASSWORD).get("/api/me").status());

    NIGUARDA_ADMIN.post("/api/users/" + id + "/disable", "");

    assertEquals(401, basic(name, PASSWORD).get("/api/me").status());
  }

  @Test
  void apiClientsAuthenticateWithBearerOrBasicForTheirOwnTenant() {
    JsonObject me = bearer("niguarda-gateway.niguarda-gateway-demo-secret").get("/api/me").object();
    assertEquals("ASST-NIGUARDA", me.getString("tenant"));
    assertEquals("API_CLIENT", me.getJsonArray("roles").getString(0));

    assertEquals(
        200, basic("bergamo-gateway", "bergamo-gateway-demo-secret").get("/api/me").status());
    assertEquals(401, bearer("niguarda-gateway.wrong-secret").get("/api/me").status());
    assertEquals(401, bearer("garbage").get("/api/me").status());
  }

  /** A balancer asks whether the node can work, without credentials: not without its database. */
  @Test
  void isReadyOnlyWithItsDatabase() {
    Answer ready = anonymous().get("/ready");

    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.object().getString("status"));
    JsonObject database = ready.object().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", database.getString("name"));
    assertEquals("UP", database.getString("status"));
  }
}
