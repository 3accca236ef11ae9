package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmAcknowledged;
import it.lombardia.irt.domain.model.monitoring.AlarmClosed;
import it.lombardia.irt.domain.model.monitoring.AlarmEscalated;
import it.lombardia.irt.domain.model.monitoring.AlarmRaised;
import it.lombardia.irt.domain.model.monitoring.AlarmRepository;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells the users an alarm concerns — its recipient (a centre's operators by name), whoever
 * acknowledged it — that their inbox changed ({@link AlarmNews}), for each of the alarm's events;
 * the pages are told after commit.
 */
@ApplicationScoped
public class AlarmAnnouncements {

  @Inject AlarmRepository alarms;
  @Inject UserDirectory users;
  @Inject Event<AlarmNews> news;

  void raised(@Observes AlarmRaised event) {
    announce(event.alarmId(), true);
  }

  void escalated(@Observes AlarmEscalated event) {
    announce(event.alarmId(), true);
  }

  void acknowledged(@Observes AlarmAcknowledged event) {
    announce(event.alarmId(), false);
  }

  void closed(@Observes AlarmClosed event) {
    announce(event.alarmId(), false);
  }

  private void announce(long alarmId, boolean raised) {
    Alarm alarm = alarms.find(alarmId).orElseThrow();
    Set<String> told = new HashSet<>();
    String recipient = alarm.getRecipient();
    if (AlarmStep.isCentre(recipient)) {
      told.addAll(
          users.enabledWith(
              AlarmStep.COT_CENTRE.equals(recipient) ? Role.COT_OPERATOR : Role.ADI_OPERATOR));
    } else {
      told.add(recipient);
    }
    if (alarm.getAcknowledgedBy() != null) {
      told.add(alarm.getAcknowledgedBy());
    }
    news.fire(new AlarmNews(alarm.getTenantCode(), told, alarm.getLevel(), raised));
  }
}
