package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.spi.content.AlarmAction;

/** An alarm was taken in charge with the action taken (and a note, or null). */
public record AlarmAcknowledged(
    long alarmId, long patientId, String by, AlarmAction.Action action, String note) {

  public static AlarmAcknowledged of(Alarm alarm) {
    return new AlarmAcknowledged(
        alarm.getId(),
        alarm.getPatientId(),
        alarm.getAcknowledgedBy(),
        alarm.getAction(),
        alarm.getActionNote());
  }
}
