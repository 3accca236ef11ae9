package it.lombardia.irt.plugins.diabetes;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.VitalSign;
import java.util.List;

/**
 * The diabetes network of Regione Lombardia: telemonitoring of adults with type 2 diabetes
 * (capillary glucose, HbA1c, blood pressure, body weight) and of adults with type 1 diabetes on
 * insulin with a continuous glucose monitor (CGM). Every value is documented, with its source, in
 * the module's README.
 */
public final class DiabetesPlugin implements ClinicalNetworkPlugin {

  /** Glucose [Mass/volume] in Capillary blood by Glucometer. */
  static final String CAPILLARY_GLUCOSE = "41653-7";

  /** Glucose [Moles/volume] in Capillary blood by Glucometer. */
  static final String GLUCOMETER_GLUCOSE_MOLAR = "14743-9";

  /** Glucose [Mass/volume] in Blood. */
  static final String BLOOD_GLUCOSE = "2339-0";

  /** Glucose [Moles/volume] in Blood: the HL7 FHIR R4 example f001's code. */
  static final String BLOOD_GLUCOSE_MOLAR = "15074-8";

  /** Glucose [Mass/volume] in Interstitial fluid (CGM sensor reading, HL7 CGM IG). */
  static final String CGM_GLUCOSE = "99504-3";

  /** CGM time in range 70-180 mg/dL over the reporting period (HL7 CGM IG). */
  static final String CGM_TIME_IN_RANGE = "97510-2";

  /** Hemoglobin A1c/Hemoglobin.total in Blood. */
  static final String HBA1C = "4548-4";

  /** Molar mass of glucose, C6H12O6, in g/mol (see the README): converts mmol/L to mg/dL. */
  static final double GLUCOSE_MOLAR_MASS = 180.156;

  static final String BODY_WEIGHT = VitalSign.BODY_WEIGHT.code();
  static final String SYSTOLIC_BP = VitalSign.SYSTOLIC_BLOOD_PRESSURE.code();
  static final String DIASTOLIC_BP = VitalSign.DIASTOLIC_BLOOD_PRESSURE.code();

  static final String ADA_2024 = "ada-soc-2024";
  static final String TIR_CONSENSUS = "battelino-tir-2019";
  static final String SID_AMD_2022 = "sid-amd-dm2-2022";
  static final String TREND_ARROWS = "aleppo-trend-arrows-2017";
  static final String HL7_CGM = "hl7-cgm-ig";
  static final String CGM_EVENTS = "battelino-cgm-metrics-2023";
  static final String GMI = "bergenstal-gmi-2018";
  static final String WORKING_GROUP = "rl-diabetes-wg-2024";

  static final String GLUCOMETER = "glucometer-bt";
  static final String CGM = "cgm-sensor";
  static final String BP_MONITOR = "bp-monitor-bt";
  static final String SCALE = "weighing-scale-bt";

  static final String HYPO_CHECKLIST = "hypoglycaemia-checklist";

  /**
   * Required by the runtime, which instantiates plug-ins through {@link java.util.ServiceLoader}.
   */
  public DiabetesPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "diabetes",
        "1.3.0",
        "[1.6,2.0)",
        Label.of("Rete diabetologica", "Diabetes network"),
        List.of(Type2Diabetes.definition(), Type1DiabetesWithCgm.definition()),
        DiabetesCatalogue.devices(),
        List.of(DiabetesCatalogue.hypoglycaemiaChecklist()),
        DiabetesCatalogue.tariffs(),
        DiabetesCatalogue.sources());
  }
}
