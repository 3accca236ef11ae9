package it.lombardia.irt.infrastructure.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through WildFly's mail session {@code java:jboss/mail/irt} (SMTP host and port are
 * the server's configuration, see {@code irt.cli}), from {@code irt.notification.mail.from}. The
 * message's id becomes its Message-ID, so a resend after a lost answer is recognisable.
 */
@ApplicationScoped
public class MailSender {

  @Resource(lookup = "java:jboss/mail/irt")
  Session session;

  @Inject
  @ConfigProperty(name = "irt.notification.mail.from", defaultValue = "IRT <noreply@irt.invalid>")
  String from;

  public SendResult send(OutgoingMessage message) {
    try {
      MimeMessage mail =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<" + message.id() + "@irt>");
            }
          };
      mail.setFrom(new InternetAddress(from));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.address(), true));
      mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mail.setText(message.body(), StandardCharsets.UTF_8.name());
      Transport.send(mail);
      return SendResult.ok();
    } catch (MessagingException | RuntimeException e) {
      return SendResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
