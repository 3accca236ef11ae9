package it.lombardia.irt.domain.model.monitoring;

/** An alarm not acknowledged in time passed to {@code recipient} (its fallback, or the COT). */
public record AlarmEscalated(long alarmId, long patientId, String recipient) {

  public static AlarmEscalated of(Alarm alarm) {
    return new AlarmEscalated(alarm.getId(), alarm.getPatientId(), alarm.getRecipient());
  }
}
