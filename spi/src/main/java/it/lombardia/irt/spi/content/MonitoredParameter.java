package it.lombardia.irt.spi.content;

import java.time.Duration;
import java.util.List;

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
 * @param alsoCodedAs other codes a reading of this parameter may carry instead of {@code code} —
 *     the same measurement as gateways code it, e.g. a glucometer's reading in {@code mmol/L} as
 *     {@code 14743-9} beside the protocol's {@code 41653-7} in {@code mg/dL}; stored and evaluated
 *     under {@code code}; since SPI 1.6
 */
public record MonitoredParameter(
    String code,
    Label name,
    String unit,
    double plausibleMin,
    double plausibleMax,
    Duration expectedEvery,
    Double molarMass,
    ContinuousRecording continuous,
    List<String> alsoCodedAs) {

  public MonitoredParameter {
    alsoCodedAs = alsoCodedAs == null ? List.of() : List.copyOf(alsoCodedAs);
  }

  /** A parameter known by one code only: the SPI 1.3 form, still valid. */
  public MonitoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery,
      Double molarMass,
      ContinuousRecording continuous) {
    this(
        code,
        name,
        unit,
        plausibleMin,
        plausibleMax,
        expectedEvery,
        molarMass,
        continuous,
        List.of());
  }

  /** A parameter read one by one: the SPI 1.2 form, still valid. */
  public MonitoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery,
      Double molarMass) {
    this(code, name, unit, plausibleMin, plausibleMax, expectedEvery, molarMass, null, List.of());
  }

  /** A parameter without a molar mass: the SPI 1.0 and 1.1 form, still valid. */
  public MonitoredParameter(
      String code,
      Label name,
      String unit,
      double plausibleMin,
      double plausibleMax,
      Duration expectedEvery) {
    this(code, name, unit, plausibleMin, plausibleMax, expectedEvery, null, null, List.of());
  }

  /**
   * This parameter, also accepted as a continuous series recorded as {@code recording} says.
   *
   * @since 1.3
   */
  public MonitoredParameter recordedContinuously(ContinuousRecording recording) {
    return new MonitoredParameter(
        code,
        name,
        unit,
        plausibleMin,
        plausibleMax,
        expectedEvery,
        molarMass,
        recording,
        alsoCodedAs);
  }

  /**
   * This parameter, also recognised in a reading coded as any of {@code codes}.
   *
   * @since 1.6
   */
  public MonitoredParameter alsoCodedAs(String... codes) {
    return new MonitoredParameter(
        code,
        name,
        unit,
        plausibleMin,
        plausibleMax,
        expectedEvery,
        molarMass,
        continuous,
        List.of(codes));
  }

  /** Whether a reading coded {@code c} is a reading of this parameter. */
  public boolean isCodedAs(String c) {
    return code.equals(c) || alsoCodedAs.contains(c);
  }
}
