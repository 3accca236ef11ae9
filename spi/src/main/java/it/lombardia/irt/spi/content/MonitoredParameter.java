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
 * @param molarMass molar mass in g/mol of the substance measured, or null: lets a concentration
 *     sent as amount of substance (e.g. glucose in {@code mmol/L}) be converted to the protocol's
 *     mass unit ({@code mg/dL}) and back; since SPI 1.2
 * @param continuous how a device that records the parameter continuously sends it as one series
 *     (FHIR {@code valueSampledData}), or null: readings one by one only; since SPI 1.3
 */
public record MonitoredParameter(
    String code,
    Label name,
    String unit,
    double plausibleMin,
    double plausibleMax,
    Duration expectedEvery,
    Double molarMass,
    ContinuousRecording continuous) {

  /** A parameter read one by one: the SPI 1.2 form, still valid. */
  public MonitoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery,
      Double molarMass) {
    this(code, name, unit, plausibleMin, plausibleMax, expectedEvery, molarMass, null);
  }

  /** A parameter without a molar mass: the SPI 1.0 and 1.1 form, still valid. */
  public MonitoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery) {
    this(code, name, unit, plausibleMin, plausibleMax, expectedEvery, null, null);
  }

  /**
   * This parameter, also accepted as a continuous series recorded as {@code recording} says.
   *
   * @since 1.3
   */
  public MonitoredParameter recordedContinuously(ContinuousRecording recording) {
    return new MonitoredParameter(
        code, name, unit, plausibleMin, plausibleMax, expectedEvery, molarMass, recording);
  }
}
