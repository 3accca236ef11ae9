package it.lombardia.irt.application.notification;

import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.infrastructure.notification.MailSender;
import it.lombardia.irt.infrastructure.notification.OutgoingMessage;
import it.lombardia.irt.infrastructure.notification.SendResult;
import it.lombardia.irt.infrastructure.notification.SmsSender;
import it.lombardia.irt.infrastructure.outbox.OutboxKind;
import it.lombardia.irt.infrastructure.outbox.OutboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The notification outbox's delivery, when {@code irt.notification.enabled}: every {@code
 * irt.notification.poll-seconds} each due message goes out by e-mail or SMS with its message id, so
 * the clinical transactions that queued them never wait for a mail server or an SMS provider; after
 * {@code irt.notification.max-attempts} a message is left failed.
 */
@ApplicationScoped
public class NotificationDelivery implements OutboxKind<Notification> {

  @Inject MailSender mail;
  @Inject SmsSender sms;
  @Inject Config config;

  @Override
  public OutboxSettings<Notification> settings() {
    return new OutboxSettings<>(
        "notification-delivery",
        Notification.class,
        config.getOptionalValue("irt.notification.enabled", Boolean.class).orElse(true),
        config.getOptionalValue("irt.notification.poll-seconds", Long.class).orElse(10L),
        Notification.retry(
            Duration.ofSeconds(
                config.getOptionalValue("irt.notification.retry-seconds", Long.class).orElse(60L)),
            config.getOptionalValue("irt.notification.max-attempts", Integer.class).orElse(10)));
  }

  @Override
  public String send(Notification n) {
    OutgoingMessage message =
        new OutgoingMessage(n.getMessageId(), n.getAddress(), n.getSubject(), n.getBody());
    SendResult result = n.getChannel() == Channel.EMAIL ? mail.send(message) : sms.send(message);
    return result.delivered() ? null : result.error();
  }
}
