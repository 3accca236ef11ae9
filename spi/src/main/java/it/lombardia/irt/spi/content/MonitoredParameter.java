package it.lombardia.irt.spi.content;

import java.time.Duration;

/**
 * A parameter the protocol monitors.
 *
 * @param code LOINC code, e.g. {@code 29463-7} (body weight)
 * @param unit UCUM unit, e.g. {@code kg}, {@code mm[Hg]}, {@code /min}, {@code %}
 * @param plausibleMin lowest physiologically plausible value (below it a reading is an error)
 * @param plausibleMax highest physiologically plausible value
 * @param expectedEvery how often a reading is expected; a longer gap may raise a missing-data rule
 */
public record MonitoredParameter(
    String code,
    Label name,
    String unit,
    double plausibleMin,
    double plausibleMax,
    Duration expectedEvery) {}
