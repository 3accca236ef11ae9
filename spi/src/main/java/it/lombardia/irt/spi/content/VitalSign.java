package it.lombardia.irt.spi.content;

import java.time.Duration;

/**
 * The vital signs of the HL7 FHIR R4 vital-signs profile that networks monitor, with their LOINC
 * code, UCUM unit, usual name and plausible range (beyond it a reading is an error of the device or
 * of its user, whatever the network), so that every plug-in declares a body weight the same way.
 * Each network says how often it expects a reading.
 *
 * @since 1.5
 */
public enum VitalSign {
  BODY_WEIGHT("29463-7", "kg", Label.of("Peso corporeo", "Body weight"), 20, 350),
  SYSTOLIC_BLOOD_PRESSURE(
      "8480-6",
      "mm[Hg]",
      Label.of("Pressione arteriosa sistolica", "Systolic blood pressure"),
      50,
      280),
  DIASTOLIC_BLOOD_PRESSURE(
      "8462-4",
      "mm[Hg]",
      Label.of("Pressione arteriosa diastolica", "Diastolic blood pressure"),
      20,
      160),
  HEART_RATE("8867-4", "/min", Label.of("Frequenza cardiaca", "Heart rate"), 20, 250),
  RESPIRATORY_RATE("9279-1", "/min", Label.of("Frequenza respiratoria", "Respiratory rate"), 4, 60),
  BODY_TEMPERATURE("8310-5", "Cel", Label.of("Temperatura corporea", "Body temperature"), 30, 44),
  /**
   * By pulse oximetry: the LOINC code the R4 profile allows beside {@code 2708-6}, which the
   * profile requires and a gateway may send alone.
   */
  OXYGEN_SATURATION(
      "59408-5",
      "%",
      Label.of("Saturazione di ossigeno (pulsossimetria)", "Oxygen saturation (pulse oximetry)"),
      50,
      100,
      "2708-6");

  /** The blood-pressure panel, whose components are the systolic and diastolic pressures. */
  public static final String BLOOD_PRESSURE_PANEL = "85354-9";

  private final String code;
  private final String unit;
  private final Label label;
  private final double plausibleMin;
  private final double plausibleMax;
  private final String[] alsoCodedAs;

  VitalSign(
      String code,
      String unit,
      Label label,
      double plausibleMin,
      double plausibleMax,
      String... alsoCodedAs) {
    this.code = code;
    this.alsoCodedAs = alsoCodedAs;
    this.unit = unit;
    this.label = label;
    this.plausibleMin = plausibleMin;
    this.plausibleMax = plausibleMax;
  }

  public String code() {
    return code;
  }

  public String unit() {
    return unit;
  }

  public Label label() {
    return label;
  }

  public double plausibleMin() {
    return plausibleMin;
  }

  public double plausibleMax() {
    return plausibleMax;
  }

  /** This sign monitored under its usual name, a reading expected so often. */
  public MonitoredParameter parameter(Duration expectedEvery) {
    return parameter(label, expectedEvery);
  }

  /** This sign monitored under a name of the network's (e.g. "preferably oral"). */
  public MonitoredParameter parameter(Label name, Duration expectedEvery) {
    return new MonitoredParameter(code, name, unit, plausibleMin, plausibleMax, expectedEvery)
        .alsoCodedAs(alsoCodedAs);
  }
}
