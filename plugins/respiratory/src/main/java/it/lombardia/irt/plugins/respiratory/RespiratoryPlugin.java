package it.lombardia.irt.plugins.respiratory;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.VitalSign;
import java.util.List;

/**
 * The respiratory network's clinical content: COPD and chronic respiratory failure on long-term
 * oxygen therapy (LTOT). Every value is traced to a {@link Source}; see the module README for the
 * table of values and their justification.
 */
public final class RespiratoryPlugin implements ClinicalNetworkPlugin {

  /** SpO2 by pulse oximetry (LOINC). */
  public static final String SPO2 = VitalSign.OXYGEN_SATURATION.code();

  /** Respiratory rate (LOINC). */
  public static final String RESPIRATORY_RATE = VitalSign.RESPIRATORY_RATE.code();

  /** Heart rate (LOINC). */
  public static final String HEART_RATE = VitalSign.HEART_RATE.code();

  /** Heart rate by pulse oximetry (LOINC): the pulse rate an oximeter records with SpO2. */
  public static final String PULSE_RATE = "8889-8";

  /** Body temperature (LOINC). */
  public static final String BODY_TEMPERATURE = VitalSign.BODY_TEMPERATURE.code();

  /** FEV1 by spirometry (LOINC). */
  public static final String FEV1 = "20150-9";

  /** FVC by spirometry (LOINC). */
  public static final String FVC = "19870-5";

  /** Source ids. */
  static final String GOLD = "gold-2024";

  static final String BTS_OXYGEN = "bts-oxygen-2017";
  static final String BTS_HOME_OXYGEN = "bts-home-oxygen-2015";
  static final String ANTHONISEN = "anthonisen-1987";
  static final String ROME = "rome-proposal-2021";
  static final String NEWS2 = "rcp-news2-2017";
  static final String MRC = "bestall-mrc-1999";
  static final String REHAB = "ats-ers-rehab-2013";
  static final String MDR = "eu-mdr-2017-745";
  static final String HOME_CARE_DM = "dm-2022-home-care-digital-model";
  static final String INOX = "lacasse-inox-2020";
  static final String AASM = "aasm-scoring-2012";
  static final String CMS_OXYGEN = "cms-ncd-240-2";

  /** Device ids. */
  static final String OXIMETER_SPOT = "pulse-oximeter-spot-check";

  static final String OXIMETER_CONTINUOUS = "pulse-oximeter-continuous";
  static final String THERMOMETER = "thermometer";
  static final String SPIROMETER = "portable-spirometer";

  /** Questionnaire ids. */
  static final String MMRC = "mmrc-dyspnoea";

  static final String CHECKLIST = "copd-exacerbation-checklist";

  /** Required by the runtime, which creates the plug-in reflectively. */
  public RespiratoryPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "respiratory",
        "1.3.0",
        "[1.5,2.0)",
        Label.of("Rete pneumologica (patologie respiratorie)", "Respiratory network"),
        List.of(Copd.definition(), LongTermOxygenTherapy.definition()),
        RespiratoryCatalogue.devices(),
        List.of(RespiratoryCatalogue.mmrc(), RespiratoryCatalogue.exacerbationChecklist()),
        RespiratoryCatalogue.tariffs(),
        RespiratoryCatalogue.sources());
  }
}
