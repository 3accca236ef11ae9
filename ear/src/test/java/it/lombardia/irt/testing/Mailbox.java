package it.lombardia.irt.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.function.Predicate;

/** Reading the e-mails a test's GreenMail server received. */
public final class Mailbox {

  private Mailbox() {}

  /** Whether {@code message} went to {@code address}. */
  public static boolean sentTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  /** The first e-mail {@code smtp} received that matches {@code which}, waiting up to 60 s. */
  public static MimeMessage await(GreenMail smtp, Predicate<MimeMessage> which)
      throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (which.test(m)) {
          return m;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no such e-mail within 60 s");
  }
}
