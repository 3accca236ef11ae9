package it.lombardia.irt.plugins.neurology;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.VitalSign;
import java.util.List;

/**
 * The neurology network (Rete Patologie Neurologiche): secondary prevention after stroke or TIA,
 * epilepsy and Parkinson's disease. Every value and its source is listed in the module's README.
 */
public final class NeurologyPlugin implements ClinicalNetworkPlugin {

  // LOINC codes (HL7 FHIR R4 vital signs).
  static final String BP_PANEL = VitalSign.BLOOD_PRESSURE_PANEL;
  static final String SYSTOLIC = VitalSign.SYSTOLIC_BLOOD_PRESSURE.code();
  static final String DIASTOLIC = VitalSign.DIASTOLIC_BLOOD_PRESSURE.code();
  static final String HEART_RATE = VitalSign.HEART_RATE.code();

  // Source ids.
  static final String AHA_STROKE_2021 = "aha-asa-stroke-secondary-prevention-2021";
  static final String ESH_2023 = "esh-hypertension-2023";
  static final String ESC_AF_2024 = "esc-af-2024";
  static final String ESC_PACING_2021 = "esc-pacing-2021";
  static final String MRS = "modified-rankin-scale-1988";
  static final String ILAE_EPILEPSY_2014 = "ilae-epilepsy-definition-2014";
  static final String ILAE_SE_2015 = "ilae-status-epilepticus-2015";
  static final String NICE_EPILEPSY = "nice-ng217-2022";
  static final String NICE_PARKINSON = "nice-ng71-2017";
  static final String MDS_PD_CRITERIA = "mds-pd-criteria-2015";
  static final String HOEHN_YAHR = "hoehn-yahr-1967";
  static final String TELEREHAB_CSR = "csr-teleriabilitazione-2021";
  static final String DM_HOME_CARE = "dm-assistenza-domiciliare-2022";
  static final String WG = "rl-neurology-working-group";

  // Device and questionnaire ids.
  static final String BP_MONITOR = "bp-monitor-upper-arm";
  static final String SEIZURE_DIARY = "seizure-diary";
  static final String MOTOR_DIARY = "pd-motor-diary";

  static final String WG_LICENCE = "CC BY 4.0, Regione Lombardia working group";

  public NeurologyPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "neurology",
        "1.1.0",
        "[1.5,2.0)",
        NeurologyContent.l("Rete Patologie Neurologiche", "Neurology network"),
        List.of(PostStroke.definition(), Epilepsy.definition(), ParkinsonsDisease.definition()),
        List.of(NeurologyDevices.bpMonitor()),
        List.of(NeurologyDiaries.seizureDiary(), NeurologyDiaries.motorDiary()),
        NeurologyCatalogue.tariffs(),
        NeurologyCatalogue.sources());
  }
}
