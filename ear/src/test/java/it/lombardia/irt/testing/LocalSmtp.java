package it.lombardia.irt.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local SMTP receiver (GreenMail on {@code irt.it.smtp.port}, where the ITs' server sends its
 * e-mail) for the tests of one class: {@code @RegisterExtension static LocalSmtp smtp = new
 * LocalSmtp();}.
 */
public final class LocalSmtp implements BeforeAllCallback, AfterAllCallback {

  private static final int PORT = Integer.getInteger("irt.it.smtp.port", 18771);

  private GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  /** The first e-mail received that matches {@code which}, waiting up to 60 s. */
  public MimeMessage await(Predicate<MimeMessage> which) throws InterruptedException {
    return Mailbox.await(server, which);
  }

  /** The e-mails received so far that went to {@code address}. */
  public List<MimeMessage> sentTo(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> Mailbox.sentTo(m, address))
        .toList();
  }

  /** Whether no e-mail received so far went to {@code address}. */
  public boolean nothingSentTo(String address) {
    for (MimeMessage m : server.getReceivedMessages()) {
      if (Mailbox.sentTo(m, address)) {
        return false;
      }
    }
    return true;
  }
}
