package it.lombardia.irt.domain.model.monitoring;

/** A pause of a patient's alarms was set or ended early. */
public record AlarmPauseChanged(long pauseId, long patientId) {

  public static AlarmPauseChanged of(AlarmPause pause) {
    return new AlarmPauseChanged(pause.getId(), pause.getPatientId());
  }
}
