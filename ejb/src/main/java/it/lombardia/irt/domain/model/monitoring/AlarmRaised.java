package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.spi.content.AlarmLevel;

/**
 * An alarm was opened, or an open alarm's condition came back at a higher level ({@code
 * higherLevel}): who it is for and why, as the trigger explained it in Italian and English.
 */
public record AlarmRaised(
    long alarmId,
    long patientId,
    AlarmLevel level,
    String explanationIt,
    String explanationEn,
    boolean higherLevel) {

  public static AlarmRaised of(Alarm alarm, AlarmTrigger trigger, boolean higherLevel) {
    return new AlarmRaised(
        alarm.getId(),
        alarm.getPatientId(),
        alarm.getLevel(),
        trigger.explanationIt(),
        trigger.explanationEn(),
        higherLevel);
  }
}
