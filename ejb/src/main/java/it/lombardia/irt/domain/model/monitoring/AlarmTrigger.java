package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.spi.content.AlarmLevel;
import java.time.Instant;

/**
 * One rule met by a patient's readings: which rule (its key identifies the condition, so repeats
 * merge into one open alarm), the level, the reading that met it and the explanation a clinician
 * reads, in Italian and English.
 *
 * @param limit the threshold crossed or the change the trend rule looks for; null for missing data
 * @param value the reading that met the rule; null for missing data
 */
public record AlarmTrigger(
    String ruleKey,
    Alarm.Kind kind,
    AlarmLevel level,
    String parameter,
    Double value,
    String unit,
    Double limit,
    String explanationIt,
    String explanationEn,
    Instant at) {}
