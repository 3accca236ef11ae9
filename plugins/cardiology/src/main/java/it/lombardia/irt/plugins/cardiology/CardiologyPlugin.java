package it.lombardia.irt.plugins.cardiology;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.VitalSign;
import java.util.List;

/**
 * The cardiology network of the Lombardy regional telemedicine infrastructure (seed 000 §5, point
 * 2: heart failure, hypertension, carriers of implantable cardiac devices). Every value is cited in
 * the README together with its source; values that no guideline fixes are marked there as
 * working-group values.
 */
public final class CardiologyPlugin implements ClinicalNetworkPlugin {

  /** LOINC: body weight. */
  public static final String BODY_WEIGHT = VitalSign.BODY_WEIGHT.code();

  /** LOINC: systolic blood pressure. */
  public static final String SYSTOLIC = VitalSign.SYSTOLIC_BLOOD_PRESSURE.code();

  /** LOINC: diastolic blood pressure. */
  public static final String DIASTOLIC = VitalSign.DIASTOLIC_BLOOD_PRESSURE.code();

  /** LOINC: heart rate. */
  public static final String HEART_RATE = VitalSign.HEART_RATE.code();

  /** LOINC: oxygen saturation in arterial blood by pulse oximetry. */
  public static final String SPO2 = VitalSign.OXYGEN_SATURATION.code();

  /** MDC (IEEE 11073-10103): MDC_IDC_MSMT_BATTERY_REMAINING_LONGEVITY, in months. */
  public static final String BATTERY_LONGEVITY = "721472";

  /** MDC (IEEE 11073-10103): MDC_IDC_MSMT_LEADCHNL_RV_IMPEDANCE_VALUE, right-ventricular lead. */
  public static final String RV_LEAD_IMPEDANCE = "722433";

  /** MDC (IEEE 11073-10103): MDC_IDC_STAT_ATAF_BURDEN_PERCENT, since the last session. */
  public static final String AF_BURDEN = "737696";

  /** MDC (IEEE 11073-10103): MDC_IDC_STAT_TACHYTHERAPY_SHOCKS_DELIVERED_RECENT. */
  public static final String SHOCKS_DELIVERED = "737824";

  /** MDC (IEEE 11073-10103): MDC_IDC_STAT_TACHYTHERAPY_ATP_DELIVERED_RECENT. */
  public static final String ATP_DELIVERED = "737888";

  static final String ESC_HF_2021 = "esc-hf-2021";
  static final String ESH_2023 = "esh-2023";
  static final String ESC_ESH_2018 = "esc-esh-2018";
  static final String ESH_BPM_2021 = "esh-bp-measurement-2021";
  static final String HRS_2015 = "hrs-cied-remote-2015";
  static final String HRS_2023 = "hrs-remote-device-clinic-2023";
  static final String ESC_PACING_2021 = "esc-pacing-crt-2021";
  static final String ESC_AF_2020 = "esc-af-2020";
  static final String TRENDS_2009 = "trends-2009";
  static final String IEEE_IDC = "ieee-11073-10103";
  static final String CARDX_CIED = "hl7-cardx-cied";
  static final String WORKING_GROUP = "lombardia-cardiology-wg";

  static final String BP_MONITOR = "bp-monitor-upper-arm";
  static final String SCALE = "connected-scale";
  static final String OXIMETER = "pulse-oximeter";
  static final String ECG_PATCH = "single-lead-ecg-patch";
  static final String CIED_REMOTE = "cied-remote-monitoring";

  static final String HF_CHECKLIST = "hf-daily-symptom-checklist";

  static final String CARDIOLOGIST = "cardiologist";
  static final String ELECTROPHYSIOLOGIST = "electrophysiologist";
  static final String MMG = "MMG";
  static final String IFEC_NURSE = "IFeC nurse";
  static final String DEVICE_NURSE = "device-clinic nurse";
  static final String COT = "COT";

  /** Used by the runtime through {@link java.util.ServiceLoader}. */
  public CardiologyPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "cardiology",
        "1.3.0",
        "[1.5,2.0)",
        Label.of("Rete di cardiologia", "Cardiology network"),
        List.of(
            HeartFailure.definition(), Hypertension.definition(), ImplantableDevices.definition()),
        CardiologyCatalogue.devices(),
        List.of(CardiologyCatalogue.heartFailureChecklist()),
        CardiologyCatalogue.tariffs(),
        CardiologyCatalogue.sources());
  }
}
