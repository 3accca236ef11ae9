package it.lombardia.irt.plugins.oncology;

import static it.lombardia.irt.plugins.oncology.OncologyPlugin.BASCH_PRO;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.CACHEXIA;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.CTCAE;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.ECOG;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.ESAS_CUTPOINTS;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.ESAS_R;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.ESAS_R_SRC;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.ESMO_FN;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.HOME_CARE_GUIDELINES;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.IDSA_FN;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.NEWS2;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.OXIMETER;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.PATIENT_APP;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.SCALE;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.SPO2;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.TEMPERATURE;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.THERMOMETER;
import static it.lombardia.irt.plugins.oncology.OncologyPlugin.WEIGHT;

import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.util.ArrayList;
import java.util.List;

/** The devices, the ESAS-r questionnaire, tariff hypotheses and sources of the oncology network. */
final class OncologyCatalogue {

  private OncologyCatalogue() {}

  static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            THERMOMETER,
            Label.of("Termometro digitale clinico", "Digital clinical thermometer"),
            List.of(TEMPERATURE),
            DeviceType.Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            DeviceType.MonitoringLevel.LEVEL_1),
        new DeviceType(
            OXIMETER,
            Label.of("Pulsossimetro da dito", "Fingertip pulse oximeter"),
            List.of(SPO2, HEART_RATE),
            DeviceType.Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            DeviceType.MonitoringLevel.LEVEL_1),
        new DeviceType(
            SCALE,
            Label.of("Bilancia pesapersone", "Personal weighing scale"),
            List.of(WEIGHT),
            DeviceType.Connectivity.BLUETOOTH_GATEWAY,
            "I",
            DeviceType.MonitoringLevel.LEVEL_1),
        new DeviceType(
            PATIENT_APP,
            Label.of(
                "App del paziente (inserimento manuale di misure e questionari)",
                "Patient app (manual entry of readings and questionnaires)"),
            List.of(TEMPERATURE, HEART_RATE, SPO2, WEIGHT),
            DeviceType.Connectivity.MANUAL_ENTRY,
            "IIa",
            DeviceType.MonitoringLevel.LEVEL_1));
  }

  /**
   * ESAS-r: nine symptoms rated 0-10 "now". The SPI scores a questionnaire by summing option scores
   * and cannot alarm on a single item, so each answer keeps its ESAS value as option code and
   * scores its severity band (Selby 2010): 0-3 scores 0, 4-6 (moderate) scores 1, 7-10 (severe)
   * scores 10. The total is therefore 10 × severe symptoms + moderate symptoms (0-90), and any
   * total &ge; 10 means at least one severe symptom.
   */
  static Questionnaire esasR() {
    List<Questionnaire.Item> items =
        List.of(
            esasItem("pain", "Dolore", "nessun dolore", "Pain", "no pain"),
            esasItem(
                "tiredness",
                "Stanchezza (mancanza di energia)",
                "nessuna stanchezza",
                "Tiredness (lack of energy)",
                "no tiredness"),
            esasItem(
                "drowsiness",
                "Sonnolenza (sentirsi assonnato)",
                "nessuna sonnolenza",
                "Drowsiness (feeling sleepy)",
                "no drowsiness"),
            esasItem("nausea", "Nausea", "nessuna nausea", "Nausea", "no nausea"),
            esasItem(
                "lack-of-appetite",
                "Mancanza di appetito",
                "nessuna mancanza di appetito",
                "Lack of appetite",
                "no lack of appetite"),
            esasItem(
                "shortness-of-breath",
                "Mancanza di respiro",
                "nessuna mancanza di respiro",
                "Shortness of breath",
                "no shortness of breath"),
            esasItem(
                "depression",
                "Depressione (sentirsi triste)",
                "nessuna depressione",
                "Depression (feeling sad)",
                "no depression"),
            esasItem(
                "anxiety",
                "Ansia (sentirsi nervoso)",
                "nessuna ansia",
                "Anxiety (feeling nervous)",
                "no anxiety"),
            esasItem(
                "wellbeing",
                "Benessere (come si sente nel complesso)",
                "il miglior benessere",
                "Wellbeing (how you feel overall)",
                "best wellbeing"));
    return new Questionnaire(
        ESAS_R,
        Label.of(
            "ESAS-r - Edmonton Symptom Assessment System revised (screening della severità)",
            "ESAS-r - Edmonton Symptom Assessment System revised (severity screening)"),
        "Free to use for clinical and research purposes, no licence fee (ESAS-r, Alberta Health"
            + " Services / Covenant Health Palliative Institute); cite Watanabe et al. 2011",
        "Watanabe SM et al. J Pain Symptom Manage 2011;41(2):456-468; severity cut-points:"
            + " Selby D et al. J Pain Symptom Manage 2010;39(2):241-249",
        items,
        List.of(
            new Questionnaire.ScoreBand(
                0,
                0,
                Label.of(
                    "Nessun sintomo moderato o severo (tutti i sintomi 0-3)",
                    "No moderate or severe symptom (all symptoms 0-3)"),
                null),
            new Questionnaire.ScoreBand(
                1,
                9,
                Label.of(
                    "Almeno un sintomo moderato (4-6), nessuno severo: valutazione"
                        + " approfondita",
                    "At least one moderate symptom (4-6), none severe: further assessment"),
                AlarmLevel.ATTENTION),
            new Questionnaire.ScoreBand(
                10,
                90,
                Label.of("Almeno un sintomo severo (≥ 7)", "At least one severe symptom (≥ 7)"),
                AlarmLevel.ALARM)));
  }

  private static Questionnaire.Item esasItem(
      String id, String itName, String itZero, String enName, String enZero) {
    List<Questionnaire.Option> options = new ArrayList<>();
    for (int value = 0; value <= 10; value++) {
      String it = String.valueOf(value);
      String en = String.valueOf(value);
      if (value == 0) {
        it = "0 - " + itZero;
        en = "0 - " + enZero;
      } else if (value == 10) {
        it = "10 - il peggiore possibile";
        en = "10 - worst possible";
      }
      options.add(
          new Questionnaire.Option(String.valueOf(value), Label.of(it, en), severity(value)));
    }
    return new Questionnaire.Item(
        id,
        Label.of(
            itName + ": come si sente ADESSO? (0-10)", enName + ": how do you feel NOW? (0-10)"),
        Questionnaire.AnswerType.SINGLE_CHOICE,
        List.copyOf(options),
        null,
        null);
  }

  /** Severity score of an ESAS value: 0-3 none/mild, 4-6 moderate, 7-10 severe (Selby 2010). */
  static int severity(int esasValue) {
    if (esasValue >= 7) {
      return 10;
    }
    return esasValue >= 4 ? 1 : 0;
  }

  static List<TariffHypothesis> tariffs() {
    return List.of(
        TariffHypothesis.of(
            TelemedicineService.TELEVISIT,
            "22.50",
            Label.of(
                "Ipotesi: pari alla visita oncologica di controllo in presenza, per prestazione",
                "Hypothesis: equal to the in-person follow-up oncology visit, per service")),
        TariffHypothesis.of(
            TelemedicineService.TELECONSULT,
            "30.00",
            Label.of(
                "Ipotesi: per teleconsulto tra specialisti, con relazione collaborativa",
                "Hypothesis: per specialist teleconsultation, with collaborative report")),
        TariffHypothesis.of(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            Label.of(
                "Ipotesi: per sessione di teleassistenza infermieristica",
                "Hypothesis: per nurse tele-assistance session")),
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "60.00",
            Label.of(
                "Ipotesi: per paziente e per mese di telemonitoraggio",
                "Hypothesis: per patient per month of tele-monitoring")),
        TariffHypothesis.of(
            TelemedicineService.TELECONTROL,
            "25.00",
            Label.of(
                "Ipotesi: per ciclo di telecontrollo con almeno una videochiamata",
                "Hypothesis: per tele-control cycle with at least one video call")));
  }

  static List<Source> sources() {
    return List.of(
        new Source(
            IDSA_FN,
            "Freifeld AG, Bow EJ, Sepkowitz KA, et al. Clinical practice guideline for the use of"
                + " antimicrobial agents in neutropenic patients with cancer: 2010 update by the"
                + " Infectious Diseases Society of America. Clin Infect Dis 2011;52(4):e56-e93."),
        new Source(
            ESMO_FN,
            "Klastersky J, de Naurois J, Rolston K, et al. Management of febrile neutropaenia:"
                + " ESMO Clinical Practice Guidelines. Ann Oncol 2016;27(suppl 5):v111-v118."),
        new Source(
            NEWS2,
            "Royal College of Physicians. National Early Warning Score (NEWS) 2: Standardising"
                + " the assessment of acute-illness severity in the NHS. Updated report of a"
                + " working party. London: RCP, 2017."),
        new Source(
            ESAS_R_SRC,
            "Watanabe SM, Nekolaichuk C, Beaumont C, Johnson L, Myers J, Strasser F. A"
                + " multicenter study comparing two numerical versions of the Edmonton Symptom"
                + " Assessment System in palliative care patients. J Pain Symptom Manage"
                + " 2011;41(2):456-468."),
        new Source(
            ESAS_CUTPOINTS,
            "Selby D, Cascella A, Gardiner K, et al. A single set of numerical cutpoints to"
                + " define moderate and severe symptoms for the Edmonton Symptom Assessment"
                + " System. J Pain Symptom Manage 2010;39(2):241-249."),
        new Source(
            CACHEXIA,
            "Fearon K, Strasser F, Anker SD, et al. Definition and classification of cancer"
                + " cachexia: an international consensus. Lancet Oncol 2011;12(5):489-495."),
        new Source(
            CTCAE,
            "U.S. Department of Health and Human Services, National Cancer Institute. Common"
                + " Terminology Criteria for Adverse Events (CTCAE) Version 5.0. 2017."),
        new Source(
            ECOG,
            "Oken MM, Creech RH, Tormey DC, et al. Toxicity and response criteria of the Eastern"
                + " Cooperative Oncology Group. Am J Clin Oncol 1982;5(6):649-655."),
        new Source(
            BASCH_PRO,
            "Basch E, Deal AM, Kris MG, et al. Symptom monitoring with patient-reported outcomes"
                + " during routine cancer treatment: a randomized controlled trial. J Clin Oncol"
                + " 2016;34(6):557-565."),
        new Source(
            HOME_CARE_GUIDELINES,
            "Ministero della Salute. Linee guida organizzative contenenti il modello digitale per"
                + " l'attuazione dell'assistenza domiciliare (Milestone EU M6C1-4), 2022."));
  }
}
