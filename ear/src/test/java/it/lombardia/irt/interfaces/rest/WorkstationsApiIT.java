package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workstations (Postazioni di Lavoro) through the API: recorded and edited by the centre's
 * operators in the ASSTs the centre serves and by the ASST's administrator, unseen and untouchable
 * from another centre or ASST (404), refused to other staff (403), linked from a workstation
 * ticket, and audited.
 */
@ExtendWith(ArquillianExtension.class)
class WorkstationsApiIT {

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final IrtClient ADMIN = demo("niguarda.admin");
  private static final IrtClient DEMO_BERGAMO = demo("bergamo.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static JsonObject created(IrtClient who, String extra) {
    String code = "PDL-" + UUID.randomUUID().toString().substring(0, 8);
    Answer a =
        who.post(
            "/api/workstations",
            """
            {"code": "%s", "site": "Casa di Comunità Bicocca", "siteKind": "COMMUNITY_HOUSE"%s}"""
                .formatted(code, extra));
    assertEquals(201, a.status(), a.body());
    return a.object();
  }

  private static boolean lists(IrtClient who, long id) {
    Answer list = who.get("/api/workstations");
    assertEquals(200, list.status(), list.body());
    return list.array().getValuesAs(JsonObject.class).stream()
        .anyMatch(w -> w.getJsonNumber("id").longValue() == id);
  }

  @Test
  void theDemoHasNiguardasWorkstationsAtAGpsOfficeACommunityHouseAndAHospital() {
    Answer list = DESK.get("/api/workstations?asst=ASST-NIGUARDA");
    assertEquals(200, list.status(), list.body());
    var demo =
        list.array().getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getString("code").startsWith("PDL-NIGU-"))
            .toList();
    assertEquals(
        List.of("GP_OFFICE", "COMMUNITY_HOUSE", "HOSPITAL", "COMMUNITY_HOUSE"),
        demo.stream()
            .sorted(Comparator.comparing(w -> w.getString("code")))
            .map(w -> w.getString("siteKind"))
            .toList());
    assertTrue(demo.stream().anyMatch(w -> w.getString("state").equals("FAULTY")), demo.toString());
    assertTrue(
        DEMO_BERGAMO.get("/api/workstations").array().getValuesAs(JsonObject.class).stream()
            .noneMatch(w -> w.getString("code").startsWith("PDL-NIGU-")),
        "Bergamo's administrator sees Bergamo's only");
  }

  @Test
  void theCentreRecordsAWorkstationToActivateAndTheAdministratorActivatesIt() {
    JsonObject w = created(DESK, "");
    long id = w.getJsonNumber("id").longValue();
    assertEquals("TO_ACTIVATE", w.getString("state"));
    assertEquals("ASST-NIGUARDA", w.getString("asst"));
    assertTrue(lists(ADMIN, id), "the ASST's administrator lists it");

    Answer activated =
        ADMIN.put(
            "/api/workstations/" + id,
            """
            {"site": "Casa di Comunità Bicocca", "siteKind": "COMMUNITY_HOUSE", "state": "ACTIVE"}""");
    assertEquals(200, activated.status(), activated.body());
    assertEquals("ACTIVE", activated.object().getString("state"));

    String history = ADMIN.get("/api/history/workstation/" + id).body();
    assertTrue(
        history.contains("niguarda.helpdesk") && history.contains("niguarda.admin"), history);
  }

  @Test
  void anotherCentreAndAnotherAsstNeitherSeeNorEditIt() {
    long id = created(DESK, "").getJsonNumber("id").longValue();
    String edit = "{\"site\": \"Altrove\", \"siteKind\": \"OTHER\", \"state\": \"RETIRED\"}";
    for (IrtClient other :
        new IrtClient[] {
          demo("brianza.helpdesk"), demo("bergamo.helpdesk"), demo("bergamo.admin")
        }) {
      assertTrue(!lists(other, id));
      assertEquals(404, other.put("/api/workstations/" + id, edit).status());
    }
    Answer unserved =
        demo("brianza.helpdesk")
            .post(
                "/api/workstations",
                "{\"asst\": \"ASST-NIGUARDA\", \"code\": \"PDL-X\", \"site\": \"X\", \"siteKind\": \"OTHER\"}");
    assertEquals(400, unserved.status(), unserved.body());
    assertEquals(403, demo("niguarda.mmg").get("/api/workstations").status());
    assertEquals(403, demo("niguarda.mmg").put("/api/workstations/" + id, edit).status());
  }

  @Test
  void aSharedCentreKeepsTheWorkstationsOfBothItsAssts() {
    IrtClient brianza = demo("brianza.helpdesk");
    long monza = created(brianza, ", \"asst\": \"ASST-MONZA\"").getJsonNumber("id").longValue();
    long brianzaWs =
        created(brianza, ", \"asst\": \"ASST-BRIANZA\"").getJsonNumber("id").longValue();
    assertTrue(lists(brianza, monza) && lists(brianza, brianzaWs));
    assertTrue(!lists(DESK, monza), "Niguarda's centre does not serve Monza");
  }

  @Test
  void aRetiredWorkstationStaysRetiredAndItsCodeIsUniqueInTheAsst() {
    JsonObject w = created(DESK, ", \"state\": \"RETIRED\"");
    long id = w.getJsonNumber("id").longValue();
    Answer back =
        DESK.put(
            "/api/workstations/" + id,
            "{\"site\": \"X\", \"siteKind\": \"OTHER\", \"state\": \"ACTIVE\"}");
    assertEquals(409, back.status(), back.body());
    Answer twice =
        DESK.post(
            "/api/workstations",
            "{\"code\": \"%s\", \"site\": \"X\", \"siteKind\": \"OTHER\"}"
                .formatted(w.getString("code")));
    assertEquals(409, twice.status(), twice.body());
    assertEquals(400, DESK.post("/api/workstations", "{\"code\": \"PDL 1\"}").status());
  }

  @Test
  void theOperatorLinksTheWorkstationAWorkstationTicketIsAbout() {
    long id = created(ADMIN, ", \"state\": \"ACTIVE\"").getJsonNumber("id").longValue();
    Answer ticket =
        DESK.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "WORKSTATION", "priority": "P3",
             "summary": "Webcam non riconosciuta", "requesterKind": "SITE",
             "requester": "Casa di Comunità Bicocca"}""");
    assertEquals(201, ticket.status(), ticket.body());
    long t = ticket.object().getJsonNumber("id").longValue();

    String link = "{\"workstationId\": " + id + "}";
    assertEquals(
        404, demo("brianza.helpdesk").put("/api/tickets/" + t + "/workstation", link).status());
    Answer linked = DESK.put("/api/tickets/" + t + "/workstation", link);
    assertEquals(200, linked.status(), linked.body());
    assertEquals(id, linked.object().getJsonNumber("workstationId").longValue());

    JsonObject listed =
        ADMIN.get("/api/workstations").array().getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(1, listed.getJsonNumber("openTickets").longValue());

    long monza =
        created(demo("brianza.helpdesk"), ", \"asst\": \"ASST-MONZA\"")
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        404,
        DESK.put("/api/tickets/" + t + "/workstation", "{\"workstationId\": " + monza + "}")
            .status(),
        "another ASST's workstation is not found");
  }
}
