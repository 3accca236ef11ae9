package it.lombardia.irt.spi.content;

import java.time.Duration;

/**
 * A parameter the protocol monitors.
 *
 * <p>Since SPI 1.1 a parameter that devices report only in the ISO/IEEE 11073-10101 nomenclature
 * (MDC) — the IEEE 11073-10103 terms of implantable cardiac devices, which HL7 CardX-CIED and IHE
 * IDCO carry — is declared with its numeric MDC code instead of a LOINC code. The two shapes cannot
 * be confused: a LOINC code always has a dash and a check digit, an MDC code is a plain number.
 *
 * @param code LOINC code, e.g. {@code 29463-7} (body weight), or numeric MDC code, e.g. {@code
 *     737824} (MDC_IDC_STAT_TACHYTHERAPY_SHOCKS_DELIVERED_RECENT)
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
