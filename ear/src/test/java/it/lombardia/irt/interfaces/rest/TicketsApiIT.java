package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Help-desk tickets over REST: opening with the SLA due times, the operator's handling along the
 * state machine, replies and internal notes, the reach of each service centre and of each ASST's
 * users both ways, the patient's support data, and the Region's figures.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsApiIT {

  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient NIGUARDA_DESK = demo("niguarda.helpdesk");
  private static final IrtClient BERGAMO_DESK = demo("bergamo.helpdesk");
  private static final IrtClient SHARED_DESK = demo("brianza.helpdesk");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static JsonObject open(IrtClient who, String extra) {
    Answer created =
        who.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "DEVICE", "priority": "P2",
             "summary": "La bilancia non trasmette %s"%s}"""
                .formatted(UUID.randomUUID(), extra));
    assertEquals(201, created.status(), created.body());
    return created.object();
  }

  private static long id(JsonObject ticket) {
    return ticket.getJsonNumber("id").longValue();
  }

  private static Answer move(IrtClient who, long ticket, String json) {
    return who.put("/api/tickets/" + ticket + "/state", json);
  }

  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  private static JsonObject moved(IrtClient who, long ticket, String state) {
    Answer a = move(who, ticket, "{\"state\": \"" + state + "\"}");
    assertEquals(200, a.status(), a.body());
    assertEquals(state, a.object().getString("state"));
    return a.object();
  }

  @Test
  void aTicketOpensWithItsNumberInTheAsstAndItsSlaDueTimes() {
    JsonObject t = open(MMG, "");
    assertTrue(t.getString("number").matches("TK-\\d{4}-\\d{6}"), t.getString("number"));
    assertEquals("NEW", t.getString("state"));
    assertEquals("ASST-NIGUARDA", t.getString("asst"));
    assertEquals("niguarda.mmg", t.getString("requester"));
    assertEquals("STAFF", t.getString("requesterKind"));
    Instant firstResponse = Instant.parse(t.getString("firstResponseDue"));
    Instant resolution = Instant.parse(t.getString("resolutionDue"));
    assertTrue(firstResponse.isAfter(Instant.now().minusSeconds(60)));
    assertTrue(resolution.isAfter(firstResponse));
    assertEquals("RUNNING", t.getJsonObject("resolution").getString("phase"));
    assertEquals(8 * 60, t.getJsonObject("resolution").getInt("targetMinutes"), "P2: 8 h");
    assertFalse(
        t.getString("number").equals(open(MMG, "").getString("number")), "numbers are unique");
  }

  @Test
  void badInputAnswersAClear400AndNothingIsStored() {
    Answer noCategory =
        MMG.post(
            "/api/tickets", "{\"channel\": \"WEB\", \"priority\": \"P2\", \"summary\": \"x\"}");
    assertEquals(400, noCategory.status(), noCategory.body());
    assertTrue(noCategory.body().contains("category"), noCategory.body());
    assertEquals(
        400,
        MMG.post(
                "/api/tickets",
                "{\"channel\": \"WEB\", \"category\": \"DEVICE\", \"priority\": \"P9\", \"summary\": \"x\"}")
            .status());
    assertEquals(
        400,
        MMG.post(
                "/api/tickets",
                "{\"channel\": \"WEB\", \"category\": \"DEVICE\", \"priority\": \"P2\", \"summary\": \"%s\"}"
                    .formatted("x".repeat(201)))
            .status());
    assertEquals(400, MMG.get("/api/tickets?state=LOST").status());
    long ticket = id(open(MMG, ""));
    assertEquals(400, move(NIGUARDA_DESK, ticket, "{\"state\": \"NOPE\"}").status());
    assertEquals(400, NIGUARDA_DESK.post("/api/tickets/" + ticket + "/replies", "{}").status());
    assertEquals(
        400,
        move(NIGUARDA_DESK, ticket, "{\"state\": \"ASSIGNED\", \"assignee\": \"niguarda.mmg\"}")
            .status(),
        "only the centre's operators are assignees");
    assertEquals(
        400,
        MMG.post(
                "/api/tickets",
                "{\"channel\": \"WEB\", \"category\": \"DEVICE\", \"priority\": \"P2\", \"summary\": \"x\", \"patientId\": 987654321}")
            .status());
  }

  @Test
  void anOperatorTakesAnswersWaitsResolvesAndTheRequesterClosesOrReopens() {
    long ticket = id(open(MMG, ""));
    assertEquals(409, move(NIGUARDA_DESK, ticket, "{\"state\": \"RESOLVED\"}").status());
    assertEquals(403, move(MMG, ticket, "{\"state\": \"ASSIGNED\"}").status());
    JsonObject taken = moved(NIGUARDA_DESK, ticket, "ASSIGNED");
    assertEquals("niguarda.helpdesk", taken.getString("assignee"));
    moved(NIGUARDA_DESK, ticket, "IN_PROGRESS");

    Answer reply =
        NIGUARDA_DESK.post(
            "/api/tickets/" + ticket + "/replies",
            "{\"text\": \"Abbiamo contattato il fornitore\"}");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("MET", reply.object().getJsonObject("firstResponse").getString("phase"));
    assertEquals(
        200,
        NIGUARDA_DESK
            .post(
                "/api/tickets/" + ticket + "/replies",
                "{\"text\": \"Fornitore lento, sollecitare\", \"internal\": true}")
            .status());
    assertEquals(
        403,
        MMG.post("/api/tickets/" + ticket + "/replies", "{\"text\": \"x\", \"internal\": true}")
            .status());

    JsonObject waiting = moved(NIGUARDA_DESK, ticket, "WAITING_SUPPLIER");
    assertEquals("PAUSED", waiting.getJsonObject("resolution").getString("phase"));
    assertTrue(absent(waiting, "resolutionDue"), "no due time while paused");
    moved(NIGUARDA_DESK, ticket, "IN_PROGRESS");
    JsonObject resolved = moved(NIGUARDA_DESK, ticket, "RESOLVED");
    assertEquals("MET", resolved.getJsonObject("resolution").getString("phase"));

    JsonObject seenByRequester = MMG.get("/api/tickets/" + ticket).object();
    List<String> kinds =
        seenByRequester.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("kind"))
            .toList();
    assertTrue(kinds.contains("PUBLIC_REPLY"), kinds.toString());
    assertFalse(kinds.contains("INTERNAL_NOTE"), "internal notes stay in the centre");
    assertTrue(
        NIGUARDA_DESK.get("/api/tickets/" + ticket).body().contains("INTERNAL_NOTE"),
        "the operator reads them");

    assertEquals(403, move(MMG, ticket, "{\"state\": \"WAITING_SUPPLIER\"}").status());
    moved(MMG, ticket, "CLOSED");
    moved(MMG, ticket, "IN_PROGRESS");
  }

  @Test
  void aRequestersReplyBringsATicketWaitingForThemBackInProgress() {
    long ticket = id(open(MMG, ""));
    moved(NIGUARDA_DESK, ticket, "ASSIGNED");
    moved(NIGUARDA_DESK, ticket, "IN_PROGRESS");
    moved(NIGUARDA_DESK, ticket, "WAITING_REQUESTER");
    Answer reply =
        MMG.post("/api/tickets/" + ticket + "/replies", "{\"text\": \"Il numero è 02 123\"}");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("IN_PROGRESS", reply.object().getString("state"));
  }

  @Test
  void aCentresOperatorsReachOnlyTheTicketsOfTheAsstsItServes() {
    long niguarda = id(open(MMG, ""));
    long bergamo = id(open(demo("bergamo.mmg"), ""));
    assertEquals(404, NIGUARDA_DESK.get("/api/tickets/" + bergamo).status());
    assertEquals(404, BERGAMO_DESK.get("/api/tickets/" + niguarda).status());
    assertEquals(404, move(BERGAMO_DESK, niguarda, "{\"state\": \"ASSIGNED\"}").status());
    assertEquals(
        404,
        BERGAMO_DESK.post("/api/tickets/" + niguarda + "/replies", "{\"text\": \"x\"}").status());
    assertEquals(200, NIGUARDA_DESK.get("/api/tickets/" + niguarda).status());
    String queue = NIGUARDA_DESK.get("/api/tickets").body();
    assertTrue(queue.contains("\"id\":" + niguarda), "its own ASST's ticket is in its queue");
    assertFalse(queue.contains("\"id\":" + bergamo), "another ASST's is not");
  }

  @Test
  void aSharedCentreHandlesEachAsstItServesAndNoOther() {
    JsonObject brianza = open(SHARED_DESK, ", \"asst\": \"ASST-BRIANZA\", \"channel\": \"PHONE\"");
    assertEquals("ASST-BRIANZA", brianza.getString("asst"));
    JsonObject monza =
        open(SHARED_DESK, ", \"requesterKind\": \"CAREGIVER\", \"requester\": \"Marta Brambilla\"");
    assertEquals("ASST-MONZA", monza.getString("asst"), "the operator's own ASST by default");
    assertEquals("CAREGIVER", monza.getString("requesterKind"));
    assertEquals(
        400,
        SHARED_DESK
            .post(
                "/api/tickets",
                "{\"asst\": \"ASST-NIGUARDA\", \"channel\": \"WEB\", \"category\": \"DEVICE\", \"priority\": \"P2\", \"summary\": \"x\"}")
            .status(),
        "not an ASST the centre serves");
    String queue = SHARED_DESK.get("/api/tickets").body();
    assertTrue(queue.contains("\"id\":" + id(brianza)) && queue.contains("\"id\":" + id(monza)));
    moved(SHARED_DESK, id(brianza), "ASSIGNED");
    assertEquals(404, NIGUARDA_DESK.get("/api/tickets/" + id(brianza)).status());
    long niguarda = id(open(MMG, ""));
    assertEquals(404, SHARED_DESK.get("/api/tickets/" + niguarda).status());
    assertFalse(queue.contains("\"asst\":\"ASST-NIGUARDA\""));
  }

  @Test
  void anAsstsUsersSeeOnlyTheirOwnTicketsAndTheAdministratorAllOfTheAssts() {
    long mine = id(open(MMG, ""));
    long bergamo = id(open(demo("bergamo.mmg"), ""));
    assertEquals(404, MMG.get("/api/tickets/" + bergamo).status());
    assertEquals(404, demo("bergamo.mmg").get("/api/tickets/" + mine).status());
    assertEquals(404, demo("niguarda.pls").get("/api/tickets/" + mine).status());
    assertEquals(200, demo("niguarda.admin").get("/api/tickets/" + mine).status());
    assertEquals(404, demo("niguarda.admin").get("/api/tickets/" + bergamo).status());
    assertEquals(404, MMG.get("/api/tickets/987654321").status());
    String list = MMG.get("/api/tickets").body();
    assertTrue(list.contains("\"id\":" + mine));
    assertFalse(list.contains("\"requester\":\"niguarda.pls\""));
    assertEquals(403, demo("regione.admin").get("/api/tickets/" + mine).status());
  }

  @Test
  void theOperatorSeesThePatientsSupportDataNeverTheirClinicalData() {
    long patient = CarePathways.registerPatient();
    long ticket = id(open(MMG, ", \"patientId\": " + patient + ", \"deviceSerial\": \"SC-1\""));
    JsonObject card = NIGUARDA_DESK.get("/api/tickets/" + ticket).object().getJsonObject("patient");
    assertNotNull(card);
    assertEquals("Luigia", card.getString("givenName"));
    assertEquals("Milano", card.getString("municipality"));
    assertFalse(card.containsKey("codiceFiscale") || card.containsKey("birthDate"));
    assertEquals(403, NIGUARDA_DESK.get("/api/records/" + patient).status());
    assertTrue(absent(MMG.get("/api/tickets/" + ticket).object(), "patient"));
  }

  @Test
  void theRegionSeesFiguresPerCentreAndAsstAndNobodyElseDoes() {
    open(MMG, "");
    Answer summary = demo("regione.admin").get("/api/region/tickets/summary");
    assertEquals(200, summary.status(), summary.body());
    List<String> centres =
        summary.object().getJsonArray("centres").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("code"))
            .toList();
    assertTrue(
        centres.containsAll(List.of("CS-NIGUARDA", "CS-BERGAMO", "CS-BRIANZA")),
        centres.toString());
    JsonObject niguarda =
        summary.object().getJsonArray("assts").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("code").equals("ASST-NIGUARDA"))
            .findFirst()
            .orElseThrow();
    assertEquals("CS-NIGUARDA", niguarda.getString("centre"));
    assertTrue(niguarda.getInt("open") >= 1);
    assertTrue(niguarda.getInt("resolved") >= 1, "the demo's resolved tickets count");
    assertFalse(summary.body().contains("Luigia"), "no patient data");
    for (String user : List.of("niguarda.helpdesk", "niguarda.admin", "niguarda.mmg")) {
      assertEquals(403, demo(user).get("/api/region/tickets/summary").status(), user);
    }
  }

  @Test
  void theRegionsBacklogCategoriesAndTrendCountANewTicket() {
    IrtClient region = demo("regione.admin");
    JsonObject before = region.get("/api/region/tickets/summary").object();
    open(MMG, "");
    JsonObject after = region.get("/api/region/tickets/summary").object();

    assertEquals(device(before, "total") + 1, device(after, "total"));
    assertEquals(device(before, "lastThirtyDays") + 1, device(after, "lastThirtyDays"));
    assertEquals(thisWeek(before, "opened") + 1, thisWeek(after, "opened"));
    JsonObject niguarda =
        after.getJsonArray("centres").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals("CS-NIGUARDA"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("backlog");
    assertTrue(niguarda.getInt("upToOneDay") >= 1, niguarda.toString());
    assertTrue(
        niguarda.getString("oldest").startsWith("PT")
            || niguarda.getString("oldest").startsWith("P"),
        niguarda.toString());
    assertEquals(8, after.getJsonArray("trend").size());
    assertTrue(after.getJsonArray("oldestOpen").size() <= 10);
    assertFalse(after.toString().contains("La bilancia"), "no requester's text");
  }

  private static int device(JsonObject summary, String figure) {
    return summary.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("category").equals("DEVICE"))
        .mapToInt(c -> c.getInt(figure))
        .findFirst()
        .orElse(0);
  }

  private static int thisWeek(JsonObject summary, String figure) {
    var trend = summary.getJsonArray("trend").getValuesAs(JsonObject.class);
    return trend.get(trend.size() - 1).getInt(figure);
  }

  @Test
  void theRegionOpensATicketsSummaryWithoutItsRequesterTextOrPatient() {
    long patient = CarePathways.registerPatient();
    JsonObject opened = open(MMG, ", \"patientId\": " + patient + ", \"deviceSerial\": \"SC-1\"");
    long ticket = id(opened);

    Answer briefing = demo("regione.admin").get("/api/region/tickets/" + ticket);

    assertEquals(200, briefing.status(), briefing.body());
    JsonObject b = briefing.object();
    assertEquals(opened.getString("number"), b.getString("number"));
    assertEquals("DEVICE", b.getString("category"));
    assertTrue(b.getString("asstName").contains("Niguarda"), b.getString("asstName"));
    assertEquals("NEW", b.getJsonArray("states").getJsonObject(0).getString("state"));
    assertEquals("RUNNING", b.getJsonObject("firstResponse").getString("phase"));
    for (String hidden : List.of("La bilancia", "Luigia", "niguarda.mmg", "SC-1")) {
      assertFalse(briefing.body().contains(hidden), hidden + " in " + briefing.body());
    }
    assertTrue(absent(b, "patientId") && absent(b, "requester") && absent(b, "summary"));
    assertEquals(404, demo("regione.admin").get("/api/region/tickets/987654321").status());
    for (String user :
        List.of("niguarda.helpdesk", "niguarda.admin", "bergamo.admin", "niguarda.mmg")) {
      assertEquals(403, demo(user).get("/api/region/tickets/" + ticket).status(), user);
    }
  }
}
