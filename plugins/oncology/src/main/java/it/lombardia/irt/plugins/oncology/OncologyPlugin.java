package it.lombardia.irt.plugins.oncology;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.VitalSign;
import java.util.List;

/**
 * Oncology network: home tele-monitoring of toxicities in patients on systemic anticancer therapy
 * (chemotherapy, immunotherapy). Febrile neutropenia (IDSA 2011, ESMO 2016) drives the temperature
 * thresholds; heart rate and SpO2 use the NEWS2 bands; weight loss follows the cachexia consensus
 * and CTCAE v5.0; symptoms are reported with the ESAS-r (Selby 2010 cut-points: 4 moderate, 7
 * severe).
 *
 * <p>Threshold values are boundaries read inclusively: a reading at or above an ABOVE value (at or
 * below a BELOW value) raises the level, as in the guidelines (e.g. a single oral temperature &ge;
 * 38.3 &deg;C).
 */
public final class OncologyPlugin implements ClinicalNetworkPlugin {

  /** LOINC body temperature. */
  public static final String TEMPERATURE = VitalSign.BODY_TEMPERATURE.code();

  /** LOINC heart rate. */
  public static final String HEART_RATE = VitalSign.HEART_RATE.code();

  /** LOINC oxygen saturation in arterial blood by pulse oximetry. */
  public static final String SPO2 = VitalSign.OXYGEN_SATURATION.code();

  /** LOINC body weight. */
  public static final String WEIGHT = VitalSign.BODY_WEIGHT.code();

  /** The ESAS-r questionnaire id. */
  public static final String ESAS_R = "esas-r";

  // Source ids
  static final String IDSA_FN = "idsa-fn-2011";
  static final String ESMO_FN = "esmo-fn-2016";
  static final String NEWS2 = "rcp-news2-2017";
  static final String ESAS_R_SRC = "watanabe-esas-r-2011";
  static final String ESAS_CUTPOINTS = "selby-esas-cutpoints-2010";
  static final String CACHEXIA = "fearon-cachexia-2011";
  static final String CTCAE = "nci-ctcae-5-2017";
  static final String ECOG = "oken-ecog-1982";
  static final String BASCH_PRO = "basch-pro-monitoring-2016";
  static final String HOME_CARE_GUIDELINES = "mds-assistenza-domiciliare-2022";

  // Device ids
  static final String THERMOMETER = "digital-thermometer";
  static final String OXIMETER = "pulse-oximeter";
  static final String SCALE = "personal-scale";
  static final String PATIENT_APP = "patient-app-questionnaire";

  /** Creates the plug-in; IRT calls this through the service loader. */
  public OncologyPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "oncology",
        "1.2.0",
        "[1.5,2.0)",
        Label.of("Rete oncologica", "Oncology network"),
        List.of(
            new ConditionDefinition(
                "systemic-anticancer-therapy-at-home",
                Label.of(
                    "Paziente in terapia antitumorale sistemica a domicilio"
                        + " (chemioterapia / immunoterapia)",
                    "Patient on systemic anticancer therapy at home"
                        + " (chemotherapy / immunotherapy)"),
                AnticancerTherapyAtHome.protocol())),
        OncologyCatalogue.devices(),
        List.of(OncologyCatalogue.esasR()),
        OncologyCatalogue.tariffs(),
        OncologyCatalogue.sources());
  }
}
