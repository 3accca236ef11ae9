package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.CarePathways.activePatient;
import static it.lombardia.irt.testing.HomeDevices.atHome;
import static it.lombardia.irt.testing.HomeDevices.faultsOfType;
import static it.lombardia.irt.testing.HomeDevices.history;
import static it.lombardia.irt.testing.HomeDevices.inStock;
import static it.lombardia.irt.testing.HomeDevices.step;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.HomeDevices.Device;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.LocalSmtp;
import it.lombardia.irt.testing.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A device fault handled from its ticket over REST: the centre's operator marks the patient's
 * device faulty and assigns a stock device of the same type; its installation by the ADI collects
 * the faulty one and resolves the ticket within its SLA; the Region counts the fault per type. A
 * device of another type, of another ASST or of another patient is refused. The requester of a
 * ticket resolved by the installation is told as after an operator's resolution (GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
class DeviceFaultsApiIT {

  private static final IrtClient MMG = demo("niguarda.mmg");
  private static final IrtClient ADI = demo("niguarda.adi");
  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final String SCALE = "connected-scale";

  @RegisterExtension static LocalSmtp smtp = new LocalSmtp();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static long deviceTicket(long patient, String serial) {
    Answer created =
        MMG.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "DEVICE", "priority": "P2",
             "summary": "La bilancia non si accende", "patientId": %d, "deviceSerial": "%s"}"""
                .formatted(patient, serial));
    assertEquals(201, created.status(), created.body());
    return id(created.object());
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  /** Whether an association has ended (an open one has no {@code validTo}). */
  private static boolean ended(JsonObject association) {
    return association.containsKey("validTo") && !association.isNull("validTo");
  }

  private static Answer markFaulty(IrtClient who, long ticket) {
    return who.post("/api/tickets/" + ticket + "/device-fault", "{}");
  }

  private static Answer replace(long ticket, long device) {
    return DESK.post("/api/tickets/" + ticket + "/replacement", "{\"deviceId\": " + device + "}");
  }

  @Test
  void aFaultyScaleIsReplacedFromStockAndItsInstallationResolvesTheTicketWithinSla() {
    long faultsBefore = faultsOfType(SCALE);
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    Device scale = atHome(patient, SCALE);
    long ticket = deviceTicket(patient, scale.serial());
    Device spare = inStock(SCALE);
    Device otherType = inStock("bp-monitor-upper-arm");

    Answer faulty = markFaulty(DESK, ticket);
    assertEquals(200, faulty.status(), faulty.body());
    assertEquals("IN_PROGRESS", faulty.object().getString("state"), "taken in hand");
    assertEquals("niguarda.helpdesk", faulty.object().getString("assignee"));
    assertEquals(scale.id(), faulty.object().getJsonNumber("deviceId").longValue());
    assertEquals(
        List.of("IN_STOCK", "ASSIGNED", "DELIVERED", "INSTALLED", "FAULTY"), history(scale.id()));

    JsonObject offer = DESK.get("/api/tickets/" + ticket + "/replacement").object();
    assertEquals(scale.serial(), offer.getJsonObject("device").getString("serialNumber"));
    List<Long> stock =
        offer.getJsonArray("stock").getValuesAs(JsonObject.class).stream()
            .map(DeviceFaultsApiIT::id)
            .toList();
    assertTrue(stock.contains(spare.id()), "stock of the same type: " + stock);
    assertFalse(stock.contains(otherType.id()), "no other type: " + stock);

    Answer assigned = replace(ticket, spare.id());
    assertEquals(200, assigned.status(), assigned.body());
    assertEquals(spare.id(), assigned.object().getJsonNumber("replacementDeviceId").longValue());
    assertEquals(409, replace(ticket, spare.id()).status(), "one replacement a ticket");
    assertEquals(List.of("IN_STOCK", "ASSIGNED"), history(spare.id()));

    step(spare.id(), "{\"status\": \"DELIVERED\", \"place\": \"Domicilio del paziente\"}");
    step(spare.id(), "{\"status\": \"INSTALLED\"}");

    JsonObject resolved = MMG.get("/api/tickets/" + ticket).object();
    assertEquals("RESOLVED", resolved.getString("state"), resolved.toString());
    assertEquals("MET", resolved.getJsonObject("resolution").getString("phase"));
    assertEquals(
        List.of("IN_STOCK", "ASSIGNED", "DELIVERED", "INSTALLED", "FAULTY", "COLLECTED"),
        history(scale.id()),
        "the faulty scale is collected");
    List<JsonObject> associations =
        ADI.get("/api/devices/associations?patient=" + patient)
            .array()
            .getValuesAs(JsonObject.class);
    assertTrue(
        associations.stream()
            .anyMatch(a -> a.getJsonNumber("deviceId").longValue() == scale.id() && ended(a)),
        "the faulty scale's readings no longer belong to the patient: " + associations);
    assertTrue(
        associations.stream()
            .anyMatch(a -> a.getJsonNumber("deviceId").longValue() == spare.id() && !ended(a)),
        "the replacement's do: " + associations);
    assertEquals(faultsBefore + 1, faultsOfType(SCALE), "the Region counts the fault");
  }

  /**
   * The caregiver who left an e-mail address gets the resolution's e-mail with the link to the
   * closing question, as when an operator resolves by hand, and the timeline a public reply.
   */
  @Test
  void theCaregiverIsToldOfTheResolutionByTheReplacementsInstallationWithTheClosingQuestion()
      throws Exception {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    Device scale = atHome(patient, SCALE);
    String address = "figlio." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
    Answer created =
        DESK.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "DEVICE", "priority": "P2",
             "summary": "La bilancia non pesa", "patientId": %d, "deviceSerial": "%s",
             "requesterKind": "CAREGIVER", "requester": "Paolo Riva", "requesterContact": "%s"}"""
                .formatted(patient, scale.serial(), address));
    assertEquals(201, created.status(), created.body());
    long ticket = id(created.object());
    String number = created.object().getString("number");
    Device spare = inStock(SCALE);
    assertEquals(200, markFaulty(DESK, ticket).status());
    assertEquals(200, replace(ticket, spare.id()).status());
    step(spare.id(), "{\"status\": \"DELIVERED\", \"place\": \"Domicilio del paziente\"}");
    assertTrue(smtp.nothingSentTo(address), "nothing before the installation");
    step(spare.id(), "{\"status\": \"INSTALLED\"}");

    MimeMessage mail = smtp.await(m -> Mailbox.sentTo(m, address));
    assertTrue(mail.getSubject().contains(number), mail.getSubject());
    String body = mail.getContent().toString();
    assertTrue(
        body.contains("/visit/rate.xhtml?a=ASST-NIGUARDA&t="), "the closing question: " + body);
    assertFalse(body.contains("pesa"), "no summary by e-mail: " + body);
    List<JsonObject> replies =
        DESK.get("/api/tickets/" + ticket).object().getJsonArray("timeline").stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("kind").equals("PUBLIC_REPLY"))
            .toList();
    assertTrue(
        replies.get(replies.size() - 1).getString("text").contains(spare.serial() + " è stato"),
        "the last public reply tells of the installation: " + replies);
  }

  @Test
  void aReplacementOfAnotherTypeOrBeforeTheFaultIsRefused() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    long ticket = deviceTicket(patient, atHome(patient, SCALE).serial());
    Device spare = inStock(SCALE);
    assertEquals(409, replace(ticket, spare.id()).status(), "the device is marked faulty first");
    assertEquals(200, markFaulty(DESK, ticket).status());
    assertEquals(409, markFaulty(DESK, ticket).status(), "once");
    Device monitor = inStock("bp-monitor-upper-arm");
    Answer wrongType = replace(ticket, monitor.id());
    assertEquals(409, wrongType.status(), wrongType.body());
    assertEquals(List.of("IN_STOCK"), history(monitor.id()), "left in stock");
    assertEquals(
        400, DESK.post("/api/tickets/" + ticket + "/replacement", "{}").status(), "which one?");
  }

  @Test
  void aDeviceOfAnotherPatientOrOfAnotherAsstIsNotFound() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    long other = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    Device othersScale = atHome(other, SCALE);
    long wrongPatient = deviceTicket(patient, othersScale.serial());
    assertEquals(404, markFaulty(DESK, wrongPatient).status(), "another patient's device");
    assertEquals("INSTALLED", history(othersScale.id()).get(3));
    assertEquals(4, history(othersScale.id()).size(), "untouched");

    long ticket = deviceTicket(patient, atHome(patient, SCALE).serial());
    assertEquals(200, markFaulty(DESK, ticket).status());
    Device bergamoScale = inStock(demo("bergamo.adi"), SCALE);
    assertEquals(
        404, replace(ticket, bergamoScale.id()).status(), "another ASST's stock is not there");
  }

  @Test
  void onlyTheOperatorsOfTheCentreServingTheAsstHandleAFault() {
    long patient = activePatient("[\"TELEMONITORING_LEVEL_1\"]");
    long ticket = deviceTicket(patient, atHome(patient, SCALE).serial());
    IrtClient bergamoDesk = demo("bergamo.helpdesk");
    assertEquals(403, markFaulty(MMG, ticket).status(), "the requester does not handle it");
    assertEquals(403, MMG.get("/api/tickets/" + ticket + "/replacement").status());
    assertEquals(404, markFaulty(ADI, ticket).status(), "staff see only their own tickets");
    assertEquals(404, markFaulty(bergamoDesk, ticket).status(), "another centre");
    assertEquals(404, bergamoDesk.get("/api/tickets/" + ticket + "/replacement").status());
    assertEquals("NEW", MMG.get("/api/tickets/" + ticket).object().getString("state"));
  }
}
