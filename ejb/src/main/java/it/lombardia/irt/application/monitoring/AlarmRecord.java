package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.AlarmAcknowledged;
import it.lombardia.irt.domain.model.monitoring.AlarmClosed;
import it.lombardia.irt.domain.model.monitoring.AlarmEscalated;
import it.lombardia.irt.domain.model.monitoring.AlarmRaised;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.spi.content.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The one place that writes an alarm's life to the home-care record: raised, at a higher level,
 * passed on when not acknowledged in time, taken in charge, closed. Observed inside the change's
 * transaction, not after commit: the record is the care's legal trace, so the entry must be stored
 * with the change or not at all (an alarm without its entry, or an entry for a rolled-back alarm,
 * would both be wrong).
 */
@ApplicationScoped
public class AlarmRecord {

  @Inject HomeCareRecord record;

  void raised(@Observes AlarmRaised e) {
    write(
        e.alarmId(),
        e.patientId(),
        (e.higherLevel() ? EntryMessage.ALARM_HIGHER : EntryMessage.ALARM_RAISED)
            .with(
                EntryArgs.level(e.level()),
                EntryArg.bilingual(Label.of(e.explanationIt(), e.explanationEn()))));
  }

  void escalated(@Observes AlarmEscalated e) {
    write(
        e.alarmId(),
        e.patientId(),
        EntryMessage.ALARM_ESCALATED.with(EntryArg.user(e.recipient())));
  }

  void acknowledged(@Observes AlarmAcknowledged e) {
    write(
        e.alarmId(),
        e.patientId(),
        EntryMessage.ALARM_ACKNOWLEDGED.with(
            EntryArgs.action(e.action()), EntryArgs.dashRemark(e.note())));
  }

  void closed(@Observes AlarmClosed e) {
    write(e.alarmId(), e.patientId(), EntryMessage.ALARM_CLOSED.with(EntryArg.text(e.outcome())));
  }

  private void write(long alarmId, long patientId, EntryText text) {
    record.append(patientId, RecordEntry.Type.ALARM, text, "alarm:" + alarmId);
  }
}
