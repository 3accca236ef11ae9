package it.lombardia.irt.domain.model.monitoring;

/** An alarm was closed with its outcome. */
public record AlarmClosed(long alarmId, long patientId, String by, String outcome) {

  public static AlarmClosed of(Alarm alarm) {
    return new AlarmClosed(
        alarm.getId(), alarm.getPatientId(), alarm.getClosedBy(), alarm.getOutcome());
  }
}
