package it.lombardia.irt.application.notification;

import it.lombardia.irt.infrastructure.outbox.OutboxPump;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the notification outbox every {@code irt.notification.poll-seconds}, when {@code
 * irt.notification.enabled}: each due message in its own transaction, so one failure delays only
 * itself and the clinical transactions that queued them never wait for a mail server or an SMS
 * provider. Runs are never concurrent on a node (bean-managed singleton with one timer).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDelivery {

  private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

  @Resource TimerService timers;
  @Inject NotificationAttempts attempts;

  @Inject
  @ConfigProperty(name = "irt.notification.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "irt.notification.poll-seconds", defaultValue = "10")
  long pollSeconds;

  private final OutboxPump pump = new OutboxPump("notification-delivery", LOG);

  @PostConstruct
  void schedule() {
    pump.schedule(
        timers,
        enabled,
        pollSeconds,
        "irt.notification.enabled is false: notifications stay queued in the outbox");
  }

  @Timeout
  void deliverDue() {
    pump.run(attempts::due, attempts::attempt);
  }
}
