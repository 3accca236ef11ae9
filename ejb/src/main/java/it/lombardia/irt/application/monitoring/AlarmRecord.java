package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.domain.model.monitoring.AlarmAcknowledged;
import it.lombardia.irt.domain.model.monitoring.AlarmClosed;
import it.lombardia.irt.domain.model.monitoring.AlarmEscalated;
import it.lombardia.irt.domain.model.monitoring.AlarmRaised;
import it.lombardia.irt.domain.model.monitoring.Evaluation;
import it.lombardia.irt.domain.model.record.RecordEntry;
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
        (e.higherLevel() ? "Allarme salito al livello " : "Allarme di livello ")
            + Evaluation.levelName(e.level())
            + ": "
            + e.explanationIt());
  }

  void escalated(@Observes AlarmEscalated e) {
    write(
        e.alarmId(),
        e.patientId(),
        "Allarme non preso in carico in tempo: passato a " + e.recipient());
  }

  void acknowledged(@Observes AlarmAcknowledged e) {
    write(
        e.alarmId(),
        e.patientId(),
        "Allarme preso in carico: "
            + RecordText.alarmAction(e.action())
            + (e.note() == null ? "" : " — " + e.note()));
  }

  void closed(@Observes AlarmClosed e) {
    write(e.alarmId(), e.patientId(), "Allarme chiuso: " + e.outcome());
  }

  private void write(long alarmId, long patientId, String summary) {
    record.append(patientId, RecordEntry.Type.ALARM, summary, "alarm:" + alarmId);
  }
}
