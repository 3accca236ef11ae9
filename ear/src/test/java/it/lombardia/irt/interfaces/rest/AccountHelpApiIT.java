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
import it.lombardia.irt.testing.StaffAccounts;
import it.lombardia.irt.testing.StaffAccounts.Requester;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts on application tickets through the API: the centre's operator unlocks the requester's
 * account or has a reset link e-mailed to it, after saying the caller's identity was checked; the
 * link works in its own ASST only; nobody else — another centre's operator, the requester, a
 * colleague, the ASST's administrator — can start a reset. (The link's page end to end: {@code
 * PasswordResetPageIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class AccountHelpApiIT {

  private static final IrtClient DESK = demo("niguarda.helpdesk");
  private static final String CHECKED = "{\"identityChecked\": true}";

  @RegisterExtension static LocalSmtp smtp = new LocalSmtp();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static String resetPath(long ticket) {
    return "/api/tickets/" + ticket + "/account/password-reset";
  }

  @Test
  void theOperatorSendsAResetLinkThatOpensOnlyInTheAccountsAsst() throws Exception {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();

    Answer account = DESK.get("/api/tickets/" + nurse.ticket() + "/account");
    assertEquals(200, account.status(), account.body());
    assertEquals(nurse.username(), account.object().getString("username"));
    assertTrue(account.object().getBoolean("emailKnown"));
    assertFalse(account.body().toLowerCase().contains("password"), account.body());

    Answer started = DESK.post(resetPath(nurse.ticket()), CHECKED);
    assertEquals(200, started.status(), started.body());
    String link = StaffAccounts.resetLinkSentTo(smtp, nurse.email());
    assertTrue(link.contains("a=ASST-NIGUARDA&t="), link);

    Answer page = IrtClient.anonymous().getAny(link);
    assertEquals(200, page.status());
    assertTrue(page.body().contains(nurse.username()), "the page names the account");
    Answer elsewhere =
        IrtClient.anonymous().getAny(link.replace("a=ASST-NIGUARDA", "a=ASST-MONZA"));
    assertEquals(410, elsewhere.status(), "another ASST's page refuses the token");
    assertFalse(elsewhere.body().contains(nurse.username()));
    assertEquals(
        410, IrtClient.anonymous().getAny(link.substring(0, link.length() - 2) + "xx").status());

    assertFalse(
        DESK.get("/api/tickets/" + nurse.ticket() + "/account").object().isNull("resetValidUntil"),
        "the operator sees that a link is out");
    String note = lastEntryText(DESK, nurse.ticket());
    assertTrue(note.contains("Identità del richiedente verificata"), note);
    assertFalse(
        nurse
            .client(StaffAccounts.OLD_PASSWORD)
            .get("/api/tickets/" + nurse.ticket())
            .body()
            .contains("Identità del richiedente"),
        "the note is internal");
  }

  @Test
  void aSecondResetMakesTheFirstLinkStopWorking() throws Exception {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();
    assertEquals(200, DESK.post(resetPath(nurse.ticket()), CHECKED).status());
    String first = StaffAccounts.resetLinkSentTo(smtp, nurse.email());
    assertEquals(200, DESK.post(resetPath(nurse.ticket()), CHECKED).status());
    String second =
        smtp.await(
                m ->
                    Mailbox.sentTo(m, nurse.email())
                        && !bodyOf(m).contains(first.substring(first.indexOf("&t="))))
            .getContent()
            .toString();
    assertEquals(410, IrtClient.anonymous().getAny(first).status());
    assertTrue(second.contains("reset/password.xhtml"), second);
  }

  @Test
  void nothingHappensUntilTheOperatorSaysTheIdentityWasChecked() throws Exception {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();
    Answer refused = DESK.post(resetPath(nurse.ticket()), "{\"identityChecked\": false}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("identityChecked"), refused.body());
    assertEquals(400, DESK.post(resetPath(nurse.ticket()), "{}").status());
    assertEquals(
        400, DESK.post("/api/tickets/" + nurse.ticket() + "/account/unlock", "{}").status());
    Thread.sleep(2000);
    assertTrue(smtp.nothingSentTo(nurse.email()));
  }

  @Test
  void anOperatorOfACentreNotServingTheAsstFindsNoTicket() {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();
    IrtClient brianza = demo("brianza.helpdesk");
    IrtClient bergamo = demo("bergamo.helpdesk");
    for (IrtClient other : List.of(brianza, bergamo)) {
      assertEquals(404, other.get("/api/tickets/" + nurse.ticket() + "/account").status());
      assertEquals(404, other.post(resetPath(nurse.ticket()), CHECKED).status());
      assertEquals(
          404, other.post("/api/tickets/" + nurse.ticket() + "/account/unlock", CHECKED).status());
    }
  }

  @Test
  void aUserCannotResetAnotherUsersPasswordNorTheirOwnThroughTheTicket() throws Exception {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();
    IrtClient requester = nurse.client(StaffAccounts.OLD_PASSWORD);
    assertEquals(403, requester.post(resetPath(nurse.ticket()), CHECKED).status());
    assertEquals(403, demo("niguarda.mmg").post(resetPath(nurse.ticket()), CHECKED).status());
    assertEquals(403, demo("niguarda.admin").post(resetPath(nurse.ticket()), CHECKED).status());
    assertEquals(404, demo("bergamo.mmg").post(resetPath(nurse.ticket()), CHECKED).status());
    assertEquals(403, requester.get("/api/tickets/" + nurse.ticket() + "/account").status());
    Thread.sleep(2000);
    assertTrue(smtp.nothingSentTo(nurse.email()), "no link went out");
    assertEquals(200, requester.get("/api/me").status(), "the password is unchanged");
  }

  @Test
  void theOperatorUnlocksTheRequestersAccountAndTheLiftIsAudited() {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, nurse.client("Sbagliata-" + i).get("/api/me").status());
    }
    IrtClient admin = demo("niguarda.admin");
    assertTrue(throttled(admin, nurse.username()), "five failures throttle the account");

    Answer unlocked = DESK.post("/api/tickets/" + nurse.ticket() + "/account/unlock", CHECKED);
    assertEquals(200, unlocked.status(), unlocked.body());

    assertFalse(throttled(admin, nurse.username()), "the throttle is lifted");
    JsonObject lift =
        admin.get("/api/login-throttles/events").array().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("subject").equals(nurse.username()))
            .findFirst()
            .orElseThrow();
    assertEquals("LIFTED", lift.getString("event"));
    assertEquals("niguarda.helpdesk", lift.getString("actor"));
    assertFalse(lift.getString("clientAddress").isBlank(), "from where");
    assertTrue(lastEntryText(DESK, nurse.ticket()).contains("sbloccato"));
    assertEquals(200, nurse.client(StaffAccounts.OLD_PASSWORD).get("/api/me").status());
  }

  @Test
  void anApplicationTicketOfAPatientHasNoAccountToReset() {
    Answer created =
        DESK.post(
            "/api/tickets",
            """
            {"channel": "PHONE", "category": "APPLICATION", "priority": "P3",
             "summary": "Il caregiver non entra", "requesterKind": "CAREGIVER",
             "requester": "Anna Bianchi"}""");
    assertEquals(201, created.status(), created.body());
    long ticket = created.object().getJsonNumber("id").longValue();
    assertEquals(409, DESK.post(resetPath(ticket), CHECKED).status());
  }

  private static boolean throttled(IrtClient admin, String username) {
    return admin.get("/api/login-throttles").array().getValuesAs(JsonObject.class).stream()
        .anyMatch(t -> t.getString("subject").equals(username));
  }

  private static String lastEntryText(IrtClient who, long ticket) {
    List<JsonObject> timeline =
        who.get("/api/tickets/" + ticket)
            .object()
            .getJsonArray("timeline")
            .getValuesAs(JsonObject.class);
    JsonObject last = timeline.get(timeline.size() - 1);
    return last.isNull("text") ? "" : last.getString("text");
  }

  private static String bodyOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      return "";
    }
  }
}
