package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.LocalSmtp;
import it.lombardia.irt.testing.StaffAccounts;
import it.lombardia.irt.testing.StaffAccounts.Requester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A forgotten password end to end, in Italian: the centre's operator ticks the identity check on
 * the application ticket and sends the reset; the e-mail reaches the local SMTP receiver; its link
 * opens the public page, which takes the new password once. The new password then works and the old
 * one no longer does. Both pages checked for accessibility.
 */
class PasswordResetPageIT extends BrowserTest {

  private static final String NEW_PASSWORD = "Nuova.Password.Lunga.2026";

  @RegisterExtension static LocalSmtp smtp = new LocalSmtp();

  @Test
  void theOperatorSendsAResetAndTheUserChoosesANewPasswordThroughTheLinkOnce() throws Exception {
    Requester nurse = StaffAccounts.nurseWithAccountTicket();

    browser.logIn("niguarda.helpdesk", IrtClient.DEMO_PASSWORD);
    browser.open("/app/helpdesk/ticket.xhtml?id=" + nurse.ticket());
    browser.waitForPageText("Account del richiedente");
    assertTrue(browser.text("ticket-form:account-user").contains(nurse.username()));
    assertFalse(browser.pageText().contains(StaffAccounts.OLD_PASSWORD));
    assertAccessible();

    browser.click("ticket-form:account-reset-password");
    browser.waitForPageText("Verifica prima l'identità del richiedente");
    browser.click("ticket-form:identity-checked");
    browser.click("ticket-form:account-reset-password");
    browser.waitForPageText("Collegamento per la nuova password inviato");
    browser.waitForPageText("Reset della password dell'account " + nurse.username());

    String link = StaffAccounts.resetLinkSentTo(smtp, nurse.email());
    try (Browser user = new Browser()) {
      user.open(link);
      user.waitForPageText("Scegli la nuova password per l'account " + nurse.username());
      Accessibility.assertAccessible(user.driver());

      user.type("reset-form:password", NEW_PASSWORD);
      user.type("reset-form:confirmation", "Diversa.Password.2026");
      user.click("reset-form:reset-button");
      user.waitForPageText("Le due password non coincidono");

      user.type("reset-form:password", "corta");
      user.type("reset-form:confirmation", "corta");
      user.click("reset-form:reset-button");
      user.waitForPageText("La password è troppo corta");

      user.type("reset-form:password", NEW_PASSWORD);
      user.type("reset-form:confirmation", NEW_PASSWORD);
      user.click("reset-form:reset-button");
      user.waitForPageText("Password impostata");

      assertEquals(200, nurse.client(NEW_PASSWORD).get("/api/me").status());
      assertEquals(401, nurse.client(StaffAccounts.OLD_PASSWORD).get("/api/me").status());

      user.open(link);
      user.waitForPageText("è già stato usato");
      assertFalse(user.exists("reset-form:password"), "a used link offers no form");
    }
    assertEquals(200, nurse.client(NEW_PASSWORD).get("/api/me").status());
  }
}
