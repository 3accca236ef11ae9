package it.lombardia.irt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient.Answer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member of Niguarda made for one test, with an e-mail address, who reports an
 * application/account ticket; and the password reset link the centre e-mails them.
 */
public final class StaffAccounts {

  public static final String OLD_PASSWORD = "Vecchia.Password.2026";
  private static final Pattern LINK =
      Pattern.compile(
          "(https?://\\S+?)(/reset/password\\.xhtml\\?a=[A-Za-z0-9-]+&t=[A-Za-z0-9_-]+)");

  /** The account and its ticket. */
  public record Requester(String username, String email, long ticket) {

    public IrtClient client(String password) {
      return IrtClient.basic(username, password);
    }
  }

  private StaffAccounts() {}

  /** A new Niguarda nurse who opened an application ticket about their account. */
  public static Requester nurseWithAccountTicket() {
    String username = "reset." + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@niguarda.example";
    Answer created =
        IrtClient.demo("niguarda.admin")
            .post(
                "/api/users",
                """
                {"username": "%s", "fullName": "Nadia Rossi", "email": "%s", "password": "%s",
                 "roles": ["NURSE"]}"""
                    .formatted(username, email, OLD_PASSWORD));
    assertEquals(201, created.status(), created.body());
    Answer ticket =
        IrtClient.basic(username, OLD_PASSWORD)
            .post(
                "/api/tickets",
                """
                {"channel": "WEB", "category": "APPLICATION", "priority": "P3",
                 "summary": "Non ricordo la password"}""");
    assertEquals(201, ticket.status(), ticket.body());
    return new Requester(username, email, ticket.object().getJsonNumber("id").longValue());
  }

  /** The path (from the site's root) of the reset link e-mailed to {@code email}. */
  public static String resetLinkSentTo(LocalSmtp smtp, String email)
      throws InterruptedException, IOException, MessagingException {
    var mail = smtp.await(m -> Mailbox.sentTo(m, email));
    String body = mail.getContent().toString();
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), "a reset link in: " + body);
    return link.group(2);
  }
}
