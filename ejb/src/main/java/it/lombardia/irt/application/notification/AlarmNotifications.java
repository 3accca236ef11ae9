package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.monitoring.AlarmEscalated;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An alarm escalated to an on-call professional (its fallback, or a centre's operators) is
 * announced to them outside the browser, if they opted in to alarms. Queued in the escalation's
 * transaction; the message names no patient and no reading.
 */
@ApplicationScoped
public class AlarmNotifications {

  @Inject Notifications notifications;
  @Inject UserDirectory users;

  void escalated(@Observes AlarmEscalated event) {
    String recipient = event.recipient();
    List<String> told =
        AlarmStep.isCentre(recipient)
            ? users.enabledWith(
                AlarmStep.COT_CENTRE.equals(recipient) ? Role.COT_OPERATOR : Role.ADI_OPERATOR)
            : List.of(recipient);
    for (String username : told) {
      notifications.toUser(
          username,
          Topic.ALARMS,
          "alarm-escalated:" + event.alarmId() + ":" + recipient,
          "alarm.escalated");
    }
  }
}
