package it.lombardia.irt.plugins.respiratory;

import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.AASM;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ANTHONISEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BODY_TEMPERATURE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BTS_HOME_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BTS_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.CHECKLIST;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.CMS_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.FEV1;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.FVC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.GOLD;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.HOME_CARE_DM;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.INOX;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MDR;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MMRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.NEWS2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.OXIMETER_CONTINUOUS;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.OXIMETER_SPOT;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.PULSE_RATE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.REHAB;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ROME;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.SPIROMETER;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.SPO2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.THERMOMETER;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;

import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.DeviceType.Connectivity;
import it.lombardia.irt.spi.content.DeviceType.MonitoringLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.AnswerType;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.Option;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.util.List;

/** The devices, questionnaires, tariff hypotheses and sources of the respiratory network. */
final class RespiratoryCatalogue {

  private RespiratoryCatalogue() {}

  static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            OXIMETER_SPOT,
            Label.of(
                "Pulsossimetro da dito per misure puntuali",
                "Fingertip pulse oximeter for spot checks"),
            List.of(SPO2, HEART_RATE, PULSE_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            OXIMETER_CONTINUOUS,
            Label.of(
                "Pulsossimetro da polso per monitoraggio continuo (notturno): la notte come serie",
                "Wrist pulse oximeter for continuous (overnight) monitoring: the night as a"
                    + " series"),
            List.of(SPO2, HEART_RATE, PULSE_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIb",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            THERMOMETER,
            Label.of("Termometro clinico digitale", "Digital clinical thermometer"),
            List.of(BODY_TEMPERATURE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            SPIROMETER,
            Label.of(
                "Spirometro portatile (CdC, farmacia o domicilio)",
                "Portable spirometer (Community House, pharmacy or home)"),
            List.of(FEV1, FVC),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1));
  }

  static Questionnaire mmrc() {
    String[][] grades = {
      {
        "Mi manca il fiato solo per sforzi intensi", "I only get breathless with strenuous exercise"
      },
      {
        "Mi manca il fiato se cammino in fretta in piano o salgo una leggera pendenza",
        "I get short of breath when hurrying on the level or walking up a slight hill"
      },
      {
        "In piano cammino più lentamente dei coetanei per la mancanza di fiato, o devo fermarmi"
            + " per riprendere fiato camminando al mio passo",
        "I walk slower than people of the same age on the level because of breathlessness, or I"
            + " have to stop for breath when walking at my own pace on the level"
      },
      {
        "Mi fermo per riprendere fiato dopo circa 100 metri o pochi minuti di cammino in piano",
        "I stop for breath after walking about 100 metres or after a few minutes on the level"
      },
      {
        "Ho troppo fiato corto per uscire di casa, o mi manca il fiato vestendomi o spogliandomi",
        "I am too breathless to leave the house or I am breathless when dressing or undressing"
      }
    };
    List<Option> options =
        java.util.stream.IntStream.range(0, grades.length)
            .mapToObj(g -> new Option("grade-" + g, Label.of(grades[g][0], grades[g][1]), g))
            .toList();
    return new Questionnaire(
        MMRC,
        Label.of(
            "Scala della dispnea mMRC (Medical Research Council modificata)",
            "Modified Medical Research Council (mMRC) dyspnoea scale"),
        "Free to use with citation (MRC dyspnoea scale, Medical Research Council / UKRI);"
            + " Italian wording by the Regione Lombardia working group",
        "Bestall JC et al. Thorax 1999;54:581-586; grades 0-4 as used in the GOLD 2024 Report",
        List.of(
            new Item(
                "mmrc-grade",
                Label.of(
                    "Quale frase descrive meglio la sua mancanza di fiato?",
                    "Which statement best describes your breathlessness?"),
                AnswerType.SINGLE_CHOICE,
                options,
                null,
                null)),
        List.of(
            new ScoreBand(
                0,
                1,
                Label.of(
                    "Dispnea lieve (GOLD: meno sintomatico)",
                    "Mild breathlessness (GOLD: fewer symptoms)"),
                null),
            new ScoreBand(
                2,
                3,
                Label.of(
                    "Dispnea rilevante (GOLD: più sintomatico, mMRC >= 2)",
                    "Relevant breathlessness (GOLD: more symptoms, mMRC >= 2)"),
                null),
            new ScoreBand(
                4,
                4,
                Label.of(
                    "Dispnea grave, confinato in casa: se nuovo, richiamo infermieristico",
                    "Severe breathlessness, housebound: if new, nurse call"),
                ATTENTION)));
  }

  /**
   * Daily checklist written by the working group on the Anthonisen criteria. Each cardinal symptom
   * scores 5 and each minor symptom 1, so that the score bands reproduce the Anthonisen types: a
   * single cardinal symptom alone is 5, one cardinal with at least one minor (type 3) is 6-9, two
   * cardinal (type 2) 10-14, all three (type 1) 15-19. A red flag scores 20.
   */
  static Questionnaire exacerbationChecklist() {
    return new Questionnaire(
        CHECKLIST,
        Label.of(
            "Diario quotidiano dei sintomi di riacutizzazione BPCO",
            "Daily COPD exacerbation symptom checklist"),
        "CC BY 4.0, Regione Lombardia working group",
        "Regione Lombardia respiratory working group, 2024, on the criteria of Anthonisen NR et"
            + " al. Ann Intern Med 1987;106:196-204",
        List.of(
            Item.yesNo(
                "dyspnoea-increased",
                Label.of(
                    "Oggi ha più fiato corto del solito?",
                    "Are you more breathless than usual today?"),
                5),
            Item.yesNo(
                "sputum-volume-increased",
                Label.of(
                    "Oggi espettora più catarro del solito?",
                    "Are you coughing up more sputum than usual today?"),
                5),
            Item.yesNo(
                "sputum-purulent",
                Label.of(
                    "Il catarro è diventato giallo, verde o più scuro del solito?",
                    "Has your sputum turned yellow, green or darker than usual?"),
                5),
            Item.yesNo(
                "upper-respiratory-infection",
                Label.of(
                    "Negli ultimi 5 giorni ha avuto raffreddore o mal di gola?",
                    "Have you had a cold or sore throat in the last 5 days?"),
                1),
            Item.yesNo(
                "wheezing-increased",
                Label.of(
                    "Ha più fischi o sibili nel respiro del solito?",
                    "Are you wheezing more than usual?"),
                1),
            Item.yesNo(
                "cough-increased",
                Label.of("Tossisce più del solito?", "Are you coughing more than usual?"),
                1),
            Item.yesNo(
                "fever",
                Label.of(
                    "Ha avuto febbre senza altra causa evidente?",
                    "Have you had a fever with no other obvious cause?"),
                1),
            Item.yesNo(
                "red-flag",
                Label.of(
                    "Ha fiato corto anche a riposo, fatica a parlare, confusione o sonnolenza insolita?",
                    "Are you breathless at rest, struggling to speak, confused or unusually drowsy?"),
                20)),
        List.of(
            new ScoreBand(
                0, 1, Label.of("Nessun cambiamento rilevante", "No relevant change"), null),
            new ScoreBand(
                2,
                5,
                Label.of(
                    "Solo sintomi minori, o un solo sintomo cardinale isolato",
                    "Minor symptoms only, or a single cardinal symptom alone"),
                ATTENTION),
            new ScoreBand(
                6,
                19,
                Label.of(
                    "Criteri di Anthonisen soddisfatti (tipo 3, 2 o 1): probabile riacutizzazione",
                    "Anthonisen criteria met (type 3, 2 or 1): probable exacerbation"),
                ALARM),
            new ScoreBand(
                20,
                39,
                Label.of(
                    "Segno di allarme grave (dispnea a riposo, confusione, sonnolenza)",
                    "Severe warning sign (breathless at rest, confusion, drowsiness)"),
                CRITICAL)));
  }

  static List<TariffHypothesis> tariffs() {
    return List.of(
        TariffHypothesis.of(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "45.00",
            Label.of(
                "Ipotesi: per paziente e per mese di telemonitoraggio (dispositivi, revisione"
                    + " infermieristica quotidiana, gestione allarmi)",
                "Hypothesis: per patient per month of telemonitoring (devices, daily nurse review,"
                    + " alarm handling)")),
        TariffHypothesis.of(
            TelemedicineService.TELEVISIT,
            "22.50",
            Label.of(
                "Ipotesi: per televisita di controllo pneumologica, come la visita di controllo in"
                    + " presenza",
                "Hypothesis: per follow-up pulmonology televisit, as the in-person follow-up visit")),
        TariffHypothesis.of(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            Label.of(
                "Ipotesi: per sessione di 30 minuti (costo infermieristico di 30 euro/ora)",
                "Hypothesis: per 30-minute session (nurse cost of 30 euro an hour)")),
        TariffHypothesis.of(
            TelemedicineService.TELEREHABILITATION,
            "20.00",
            Label.of(
                "Ipotesi: per seduta individuale di riabilitazione respiratoria",
                "Hypothesis: per individual pulmonary rehabilitation session")),
        TariffHypothesis.of(
            TelemedicineService.TELECONSULT,
            "30.00",
            Label.of(
                "Ipotesi: per teleconsulto pneumologo-MMG con relazione collaborativa",
                "Hypothesis: per pulmonologist-MMG teleconsultation with collaborative report")));
  }

  static List<Source> sources() {
    return List.of(
        new Source(
            INOX,
            "Lacasse Y, Sériès F, Corbeil F, et al.; INOX Trial Group. Randomized Trial of"
                + " Nocturnal Oxygen in Chronic Obstructive Pulmonary Disease. N Engl J Med"
                + " 2020;383:1129-1138 - nocturnal desaturation: SpO2 below 90 % for 30 % or more"
                + " of the recording time (T90)."),
        new Source(
            AASM,
            "Berry RB, Budhiraja R, Gottlieb DJ, et al. Rules for scoring respiratory events in"
                + " sleep: update of the 2007 AASM Manual for the Scoring of Sleep and Associated"
                + " Events. J Clin Sleep Med 2012;8(5):597-619 - a desaturation of 3 % or more"
                + " lasting 10 seconds or more."),
        new Source(
            CMS_OXYGEN,
            "Centers for Medicare & Medicaid Services. National Coverage Determination 240.2,"
                + " Home Use of Oxygen - nocturnal SpO2 at or below 88 % for at least 5 minutes."),
        new Source(
            GOLD,
            "Global Initiative for Chronic Obstructive Lung Disease (GOLD). Global Strategy for"
                + " the Prevention, Diagnosis and Management of Chronic Obstructive Pulmonary"
                + " Disease: 2024 Report."),
        new Source(
            BTS_OXYGEN,
            "O'Driscoll BR, Howard LS, Earis J, Mak V; British Thoracic Society Emergency Oxygen"
                + " Guideline Group. BTS guideline for oxygen use in adults in healthcare and"
                + " emergency settings. Thorax 2017;72(Suppl 1):ii1-ii90."),
        new Source(
            BTS_HOME_OXYGEN,
            "Hardinge M, Annandale J, Bourne S, et al. British Thoracic Society guidelines for"
                + " home oxygen use in adults. Thorax 2015;70(Suppl 1):i1-i43."),
        new Source(
            ANTHONISEN,
            "Anthonisen NR, Manfreda J, Warren CP, Hershfield ES, Harding GK, Nelson NA."
                + " Antibiotic therapy in exacerbations of chronic obstructive pulmonary disease."
                + " Ann Intern Med 1987;106:196-204."),
        new Source(
            ROME,
            "Celli BR, Fabbri LM, Aaron SD, et al. An updated definition and severity"
                + " classification of chronic obstructive pulmonary disease exacerbations: the"
                + " Rome proposal. Am J Respir Crit Care Med 2021;204:1251-1258."),
        new Source(
            NEWS2,
            "Royal College of Physicians. National Early Warning Score (NEWS) 2: standardising"
                + " the assessment of acute-illness severity in the NHS. Updated report of a"
                + " working party. London: RCP, 2017."),
        new Source(
            MRC,
            "Bestall JC, Paul EA, Garrod R, Garnham R, Jones PW, Wedzicha JA. Usefulness of the"
                + " Medical Research Council (MRC) dyspnoea scale as a measure of disability in"
                + " patients with chronic obstructive pulmonary disease. Thorax 1999;54:581-586."),
        new Source(
            REHAB,
            "Spruit MA, Singh SJ, Garvey C, et al. An official American Thoracic Society/European"
                + " Respiratory Society statement: key concepts and advances in pulmonary"
                + " rehabilitation. Am J Respir Crit Care Med 2013;188:e13-e64."),
        new Source(
            MDR,
            "Regulation (EU) 2017/745 of the European Parliament and of the Council on medical"
                + " devices (MDR), Annex VIII, classification rule 10."),
        new Source(
            HOME_CARE_DM,
            "Ministero della Salute. Linee guida organizzative contenenti il modello digitale per"
                + " l'attuazione dell'assistenza domiciliare (milestone EU M6C1-4), DM 29 aprile"
                + " 2022: pending national tariffs, telemedicine is reported as the same activity"
                + " delivered in person."));
  }

  static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
