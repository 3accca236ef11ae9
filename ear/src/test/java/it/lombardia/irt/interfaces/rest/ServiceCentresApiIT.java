package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import it.lombardia.irt.testing.LocalSmtp;
import it.lombardia.irt.testing.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
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
 * The Region's service centres over HTTP (who may read and change them, the refusals naming the
 * field), and the SLA alerts to a centre's supervisor: the shared 24/7 Brianza centre gets a
 * supervisor, who is warned by e-mail that a new P4 ticket's first response (due in 20 s in the
 * ITs) is about to breach, then told that it breached — each once however many times the watch
 * (every 2 s in the ITs) runs, and without the ticket's summary.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCentresApiIT {

  private static final IrtClient REGION = demo("regione.admin");
  private static final IrtClient BRIANZA_DESK = demo("brianza.helpdesk");
  private static final String CENTRES = "/api/region/service-centres";
  private static final String NO_NOTIFICATIONS =
      "{\"email\": null, \"mobilePhone\": null, \"channel\": null, \"topics\": []}";

  @RegisterExtension static LocalSmtp smtp = new LocalSmtp();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /** The centre's settings as a form, with {@code field} replaced by {@code value}. */
  private static String formOf(JsonObject centre, String field, JsonValue value) {
    JsonArrayBuilder assts = Json.createArrayBuilder();
    centre
        .getJsonArray("assts")
        .getValuesAs(JsonObject.class)
        .forEach(a -> assts.add(a.getString("code")));
    var form =
        Json.createObjectBuilder()
            .add("name", field(centre, "name"))
            .add("assts", assts)
            .add("phone", field(centre, "phone"))
            .add("email", field(centre, "email"))
            .add("openingHours", field(centre, "openingHours"))
            .add("localHolidays", field(centre, "localHolidays"))
            .add("supervisor", field(centre, "supervisor"));
    return form.add(field, value).build().toString();
  }

  /** A field of an answer, JSON null when left out. */
  private static JsonValue field(JsonObject o, String name) {
    return o.getOrDefault(name, JsonValue.NULL);
  }

  private static JsonObject centre(String code) {
    Answer a = REGION.get(CENTRES + "/" + code);
    assertEquals(200, a.status(), a.body());
    return a.object();
  }

  @Test
  void onlyTheRegionReadsAndChangesServiceCentres() {
    Answer list = REGION.get(CENTRES);
    assertEquals(200, list.status(), list.body());
    JsonObject brianza =
        list.array().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals("CS-BRIANZA"))
            .findFirst()
            .orElseThrow();
    assertEquals("24/7", brianza.getString("openingHours"));
    assertEquals(
        List.of("ASST-BRIANZA", "ASST-MONZA"),
        brianza.getJsonArray("assts").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("code"))
            .toList());

    for (String user : List.of("niguarda.admin", "brianza.helpdesk", "niguarda.mmg")) {
      assertEquals(403, demo(user).get(CENTRES).status(), user);
      assertEquals(403, demo(user).get(CENTRES + "/CS-NIGUARDA").status(), user);
      assertEquals(
          403,
          demo(user)
              .put(
                  CENTRES + "/CS-NIGUARDA",
                  formOf(centre("CS-NIGUARDA"), "phone", Json.createValue("000")))
              .status(),
          user);
    }
    assertEquals(404, REGION.get(CENTRES + "/CS-NOWHERE").status());
  }

  @Test
  void everyDemoCentreHasItsOwnSupervisor() {
    for (String code : List.of("NIGUARDA", "BERGAMO", "BRIANZA")) {
      assertEquals(
          Json.createValue(code.toLowerCase() + ".supervisore"),
          field(centre("CS-" + code), "supervisor"),
          code);
    }
  }

  @Test
  void aChangeNamingAnUnknownOrTakenAsstOrAnOutsideSupervisorIsRefusedFieldByField() {
    JsonObject bergamo = centre("CS-BERGAMO");
    Answer taken =
        REGION.put(
            CENTRES + "/CS-BERGAMO",
            formOf(
                bergamo,
                "assts",
                Json.createArrayBuilder()
                    .add("ASST-PAPA-GIOVANNI-XXIII")
                    .add("ASST-NIGUARDA")
                    .build()));
    assertEquals(400, taken.status(), taken.body());
    assertTrue(taken.body().contains("assts"), taken.body());
    assertTrue(taken.body().contains("Centro Servizi Niguarda"), taken.body());

    Answer unknown =
        REGION.put(
            CENTRES + "/CS-BERGAMO",
            formOf(bergamo, "assts", Json.createArrayBuilder().add("ASST-ATLANTIDE").build()));
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("ASST-ATLANTIDE"), unknown.body());

    Answer outsider =
        REGION.put(
            CENTRES + "/CS-BERGAMO",
            formOf(bergamo, "supervisor", Json.createValue("niguarda.helpdesk")));
    assertEquals(400, outsider.status(), outsider.body());
    assertTrue(outsider.body().contains("supervisor"), outsider.body());

    Answer hours =
        REGION.put(
            CENTRES + "/CS-BERGAMO",
            formOf(bergamo, "openingHours", Json.createValue("ogni tanto")));
    assertEquals(400, hours.status(), hours.body());
    assertTrue(hours.body().contains("openingHours"), hours.body());

    assertEquals(bergamo, centre("CS-BERGAMO"), "nothing changed");
  }

  @Test
  void theSupervisorIsToldOfEachBreachOnceWithoutTheTicketsSummary() throws Exception {
    String address =
        "supervisore." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
    Answer me =
        BRIANZA_DESK.put(
            "/api/me/notifications",
            "{\"email\": \"%s\", \"mobilePhone\": null, \"channel\": null, \"topics\": []}"
                .formatted(address));
    assertEquals(200, me.status(), me.body());
    JsonObject brianza = centre("CS-BRIANZA");
    try {
      Answer appointed =
          REGION.put(
              CENTRES + "/CS-BRIANZA",
              formOf(brianza, "supervisor", Json.createValue("brianza.helpdesk")));
      assertEquals(200, appointed.status(), appointed.body());
      assertEquals("brianza.helpdesk", appointed.object().getString("supervisor"));

      // A P4 of Monza: in the ITs its first response is due in 20 s, on the centre's 24/7 calendar.
      Answer opened =
          BRIANZA_DESK.post(
              "/api/tickets",
              """
              {"channel": "PHONE", "category": "CONNECTIVITY", "priority": "P4", "asst": "ASST-MONZA",
               "summary": "Router spento da ieri", "requesterKind": "CAREGIVER",
               "requester": "Paola Brambilla"}""");
      assertEquals(201, opened.status(), opened.body());
      String number = opened.object().getString("number");
      String ticket = number + " (ASST di Monza)";

      MimeMessage warning = awaitMail(address, "IRT: SLA in scadenza, ticket " + ticket);
      String body = warning.getContent().toString();
      assertTrue(body.contains("prima risposta"), body);
      assertFalse(body.contains("Router"), "no summary by e-mail: " + body);
      awaitMail(address, "IRT: SLA superato, ticket " + ticket);

      Thread.sleep(6000); // three more runs of the watch
      assertEquals(
          2,
          smtp.sentTo(address).stream().filter(m -> subject(m).endsWith(ticket)).count(),
          "one warning and one breach, once each");
    } finally {
      REGION.put(
          CENTRES + "/CS-BRIANZA", formOf(brianza, "supervisor", field(brianza, "supervisor")));
      BRIANZA_DESK.put("/api/me/notifications", NO_NOTIFICATIONS);
    }
    assertEquals(
        field(brianza, "supervisor"),
        field(centre("CS-BRIANZA"), "supervisor"),
        "the demo's supervisor again");
  }

  private static MimeMessage awaitMail(String address, String subject) throws InterruptedException {
    return smtp.await(m -> Mailbox.sentTo(m, address) && subject(m).equals(subject));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
