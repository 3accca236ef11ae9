package it.lombardia.irt.plugins.oncology;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
  public static final String TEMPERATURE = "8310-5";

  /** LOINC heart rate. */
  public static final String HEART_RATE = "8867-4";

  /** LOINC oxygen saturation in arterial blood by pulse oximetry. */
  public static final String SPO2 = "59408-5";

  /** LOINC body weight. */
  public static final String WEIGHT = "29463-7";

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
        "1.0.0",
        "[1.0,2.0)",
        Label.of("Rete oncologica", "Oncology network"),
        List.of(
            new ConditionDefinition(
                "systemic-anticancer-therapy-at-home",
                Label.of(
                    "Paziente in terapia antitumorale sistemica a domicilio"
                        + " (chemioterapia / immunoterapia)",
                    "Patient on systemic anticancer therapy at home"
                        + " (chemotherapy / immunotherapy)"),
                toxicityProtocol())),
        devices(),
        List.of(esasR()),
        tariffs(),
        sources());
  }

  private static Protocol toxicityProtocol() {
    return new Protocol(
        "systemic-therapy-toxicity-telemonitoring",
        Label.of(
            "Telemonitoraggio delle tossicità della terapia antitumorale sistemica",
            "Tele-monitoring of systemic anticancer therapy toxicities"),
        List.of(
            IDSA_FN,
            ESMO_FN,
            NEWS2,
            ESAS_R_SRC,
            ESAS_CUTPOINTS,
            CACHEXIA,
            CTCAE,
            ECOG,
            BASCH_PRO,
            HOME_CARE_GUIDELINES),
        inclusion(),
        exclusion(),
        parameters(),
        thresholds(),
        trendRules(),
        alarmActions(),
        pathway(),
        roles(),
        List.of(THERMOMETER, OXIMETER, SCALE, PATIENT_APP),
        List.of(ESAS_R));
  }

  private static List<Criterion> inclusion() {
    return List.of(
        new Criterion(
            "on-systemic-therapy",
            Label.of(
                "In corso di terapia antitumorale sistemica",
                "Currently on systemic anticancer therapy"),
            "on-systemic-therapy",
            Criterion.Operator.EQUALS,
            List.of("yes")),
        new Criterion(
            "therapy-type",
            Label.of(
                "Chemioterapia, immunoterapia o loro combinazione",
                "Chemotherapy, immunotherapy or their combination"),
            "systemic-therapy-type",
            Criterion.Operator.IN,
            List.of("chemotherapy", "immunotherapy", "chemo-immunotherapy")),
        new Criterion(
            "adult",
            Label.of("Età di almeno 18 anni", "Aged 18 years or more"),
            "age-years",
            Criterion.Operator.AT_LEAST,
            List.of("18")),
        new Criterion(
            "ecog-0-2",
            Label.of(
                "Performance status ECOG da 0 a 2 (autonomo almeno nella cura di sé)",
                "ECOG performance status 0 to 2 (at least capable of self-care)"),
            "ecog-performance-status",
            Criterion.Operator.AT_MOST,
            List.of("2")),
        new Criterion(
            "able-to-use-devices",
            Label.of(
                "Paziente o caregiver in grado di usare i dispositivi e l'app",
                "Patient or caregiver able to use the devices and the app"),
            "able-to-use-devices",
            Criterion.Operator.EQUALS,
            List.of("yes")),
        new Criterion(
            "consent",
            Label.of(
                "Consenso informato al telemonitoraggio firmato",
                "Informed consent to tele-monitoring signed"),
            "telemonitoring-consent",
            Criterion.Operator.EQUALS,
            List.of("yes")));
  }

  private static List<Criterion> exclusion() {
    return List.of(
        new Criterion(
            "cognitive-impairment-without-caregiver",
            Label.of(
                "Deterioramento cognitivo senza caregiver disponibile",
                "Cognitive impairment with no caregiver available"),
            "cognitive-impairment-without-caregiver",
            Criterion.Operator.EQUALS,
            List.of("yes")),
        new Criterion(
            "in-home-palliative-care",
            Label.of(
                "Già in carico alle cure palliative domiciliari (UCP-Dom), che lo seguono con"
                    + " il proprio percorso",
                "Already followed by a home palliative care unit (UCP-Dom), which has its own"
                    + " pathway"),
            "in-home-palliative-care",
            Criterion.Operator.EQUALS,
            List.of("yes")));
  }

  private static List<MonitoredParameter> parameters() {
    return List.of(
        new MonitoredParameter(
            TEMPERATURE,
            Label.of(
                "Temperatura corporea (preferibilmente orale)",
                "Body temperature (preferably oral)"),
            "Cel",
            33.0,
            43.0,
            Duration.ofDays(1)),
        new MonitoredParameter(
            HEART_RATE,
            Label.of("Frequenza cardiaca", "Heart rate"),
            "/min",
            25.0,
            250.0,
            Duration.ofDays(1)),
        new MonitoredParameter(
            SPO2,
            Label.of(
                "Saturazione di ossigeno (pulsossimetria)", "Oxygen saturation (pulse oximetry)"),
            "%",
            50.0,
            100.0,
            Duration.ofDays(1)),
        new MonitoredParameter(
            WEIGHT,
            Label.of("Peso corporeo", "Body weight"),
            "kg",
            20.0,
            300.0,
            Duration.ofDays(7)));
  }

  private static List<Threshold> thresholds() {
    return List.of(
        // Fever in neutropenia (IDSA 2011): >= 38.0 sustained over 1 h, or a single >= 38.3.
        above(TEMPERATURE, AlarmLevel.ALARM, 38.0, 37.5, 38.2),
        above(TEMPERATURE, AlarmLevel.CRITICAL, 38.3, 38.0, 38.5),
        // NEWS2: temperature <= 35.0 scores 3.
        below(TEMPERATURE, AlarmLevel.CRITICAL, 35.0, 34.0, 35.5),
        // NEWS2 heart rate: 91-110 scores 1, 111-130 scores 2, >= 131 scores 3.
        above(HEART_RATE, AlarmLevel.ATTENTION, 91, 80, 110),
        above(HEART_RATE, AlarmLevel.ALARM, 111, 100, 125),
        above(HEART_RATE, AlarmLevel.CRITICAL, 131, 120, 150),
        // NEWS2 heart rate: 41-50 scores 1, <= 40 scores 3.
        below(HEART_RATE, AlarmLevel.ATTENTION, 50, 40, 60),
        below(HEART_RATE, AlarmLevel.CRITICAL, 40, 30, 45),
        // NEWS2 SpO2 scale 1: 94-95 scores 1, 92-93 scores 2, <= 91 scores 3.
        below(SPO2, AlarmLevel.ATTENTION, 95, 88, 96),
        below(SPO2, AlarmLevel.ALARM, 93, 85, 94),
        below(SPO2, AlarmLevel.CRITICAL, 91, 80, 92));
  }

  private static Threshold above(
      String code, AlarmLevel level, double value, double min, double max) {
    return new Threshold(code, level, Threshold.Direction.ABOVE, value, min, max);
  }

  private static Threshold below(
      String code, AlarmLevel level, double value, double min, double max) {
    return new Threshold(code, level, Threshold.Direction.BELOW, value, min, max);
  }

  private static List<TrendRule> trendRules() {
    return List.of(
        new TrendRule(
            "weight-loss-5-percent-6-months",
            Label.of(
                "Calo ponderale di 3,5 kg (5% di un adulto di 70 kg) in 6 mesi",
                "Weight loss of 3.5 kg (5% of a 70 kg adult) within 6 months"),
            WEIGHT,
            TrendRule.Kind.FALL,
            3.5,
            Duration.ofDays(180),
            AlarmLevel.ATTENTION),
        new TrendRule(
            "weight-loss-10-percent-6-months",
            Label.of(
                "Calo ponderale di 7 kg (10% di un adulto di 70 kg, CTCAE grado 2) in 6 mesi",
                "Weight loss of 7 kg (10% of a 70 kg adult, CTCAE grade 2) within 6 months"),
            WEIGHT,
            TrendRule.Kind.FALL,
            7.0,
            Duration.ofDays(180),
            AlarmLevel.ALARM),
        new TrendRule(
            "temperature-missing-48-hours",
            Label.of(
                "Nessuna misura della temperatura da 48 ore",
                "No temperature reading for 48 hours"),
            TEMPERATURE,
            TrendRule.Kind.MISSING,
            0,
            Duration.ofHours(48),
            AlarmLevel.ATTENTION),
        new TrendRule(
            "weight-missing-14-days",
            Label.of("Nessuna misura del peso da 14 giorni", "No weight reading for 14 days"),
            WEIGHT,
            TrendRule.Kind.MISSING,
            0,
            Duration.ofDays(14),
            AlarmLevel.ATTENTION));
  }

  private static List<AlarmAction> alarmActions() {
    return List.of(
        new AlarmAction(
            AlarmLevel.ATTENTION,
            List.of(AlarmAction.Action.CALL_BY_NURSE, AlarmAction.Action.REVIEW_AT_NEXT_CONTACT),
            Label.of(
                "L'infermiere di oncologia chiama il paziente entro la giornata lavorativa,"
                    + " fa ripetere la misura, rivede i sintomi ESAS-r e informa l'oncologo se"
                    + " il valore è confermato; altrimenti rivaluta al contatto successivo.",
                "The oncology nurse calls the patient within the working day, has the reading"
                    + " repeated, reviews the ESAS-r symptoms and informs the oncologist if the"
                    + " value is confirmed; otherwise reviews it at the next contact.")),
        new AlarmAction(
            AlarmLevel.ALARM,
            List.of(AlarmAction.Action.CALL_BY_PHYSICIAN, AlarmAction.Action.TELEVISIT),
            Label.of(
                "L'oncologo chiama il paziente in giornata. Temperatura ≥ 38,0 °C: ripetere la"
                    + " misura entro 1 ora; se ancora ≥ 38,0 °C, o brividi o malessere, gestire"
                    + " come sospetta neutropenia febbrile (livello CRITICO). Sintomo severo o"
                    + " altro allarme: televisita o valutazione in day hospital oncologico in"
                    + " giornata.",
                "The oncologist calls the patient the same day. Temperature ≥ 38.0 °C: repeat"
                    + " the reading within 1 hour; if still ≥ 38.0 °C, or chills or feeling"
                    + " unwell, manage as suspected febrile neutropenia (CRITICAL level)."
                    + " Severe symptom or other alarm: televisit or same-day oncology day"
                    + " hospital assessment.")),
        new AlarmAction(
            AlarmLevel.CRITICAL,
            List.of(AlarmAction.Action.CALL_BY_PHYSICIAN, AlarmAction.Action.EMERGENCY_118),
            Label.of(
                "Sospetta neutropenia febbrile o instabilità: contatto immediato con"
                    + " l'oncologo reperibile e invio urgente in ospedale (emocromo,"
                    + " emocolture, antibiotico empirico senza ritardo secondo ESMO/IDSA)."
                    + " Attivare il 118 se il paziente è instabile, non raggiungibile o non"
                    + " può arrivare subito in ospedale.",
                "Suspected febrile neutropenia or instability: immediate contact with the"
                    + " on-call oncologist and urgent referral to hospital (blood count, blood"
                    + " cultures, empirical antibiotics without delay per ESMO/IDSA). Call 118"
                    + " if the patient is unstable, unreachable or cannot reach hospital at"
                    + " once.")));
  }

  private static List<PathwayStage> pathway() {
    return List.of(
        new PathwayStage(
            "enrolment-and-training",
            Label.of(
                "Arruolamento, PAI e addestramento all'uso dei dispositivi",
                "Enrolment, care plan and training in the use of the devices"),
            Set.of(TelemedicineService.TELEVISIT, TelemedicineService.TELEASSISTANCE)),
        new PathwayStage(
            "active-treatment",
            Label.of(
                "Cicli di terapia attiva: monitoraggio delle tossicità",
                "Active treatment cycles: toxicity monitoring"),
            Set.of(
                TelemedicineService.TELEMONITORING_LEVEL_1,
                TelemedicineService.TELECONTROL,
                TelemedicineService.TELEASSISTANCE)),
        new PathwayStage(
            "toxicity-management",
            Label.of(
                "Gestione di una tossicità o di un sintomo severo",
                "Management of a toxicity or a severe symptom"),
            Set.of(
                TelemedicineService.TELEVISIT,
                TelemedicineService.TELECONSULT,
                TelemedicineService.TELEASSISTANCE)),
        new PathwayStage(
            "end-of-treatment",
            Label.of(
                "Fine terapia: follow-up e passaggio al MMG o alle cure palliative",
                "End of treatment: follow-up and hand-over to the GP or palliative care"),
            Set.of(
                TelemedicineService.TELECONTROL,
                TelemedicineService.TELEVISIT,
                TelemedicineService.TELECONSULT)));
  }

  private static List<RaciEntry> roles() {
    List<RaciEntry> roles = new ArrayList<>();
    Label enrol = Label.of("Arruolamento e stesura del PAI", "Enrolment and care plan (PAI)");
    roles.add(raci(enrol, "oncologist", RaciEntry.Raci.ACCOUNTABLE));
    roles.add(raci(enrol, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    roles.add(raci(enrol, "MMG", RaciEntry.Raci.INFORMED));
    Label review =
        Label.of(
            "Revisione quotidiana di misure, questionari e allarmi",
            "Daily review of readings, questionnaires and alarms");
    roles.add(raci(review, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    roles.add(raci(review, "oncologist", RaciEntry.Raci.ACCOUNTABLE));
    Label critical =
        Label.of(
            "Gestione di sospetta neutropenia febbrile e allarmi critici",
            "Management of suspected febrile neutropenia and critical alarms");
    roles.add(raci(critical, "oncologist", RaciEntry.Raci.RESPONSIBLE));
    roles.add(raci(critical, "118 emergency service", RaciEntry.Raci.CONSULTED));
    roles.add(raci(critical, "MMG", RaciEntry.Raci.INFORMED));
    Label symptoms =
        Label.of(
            "Gestione dei sintomi severi persistenti", "Management of persistent severe symptoms");
    roles.add(raci(symptoms, "oncologist", RaciEntry.Raci.RESPONSIBLE));
    roles.add(raci(symptoms, "palliative care team", RaciEntry.Raci.CONSULTED));
    roles.add(raci(symptoms, "MMG", RaciEntry.Raci.CONSULTED));
    Label training =
        Label.of(
            "Addestramento e teleassistenza a paziente e caregiver",
            "Training and tele-assistance for patient and caregiver");
    roles.add(raci(training, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    return List.copyOf(roles);
  }

  private static RaciEntry raci(Label activity, String professional, RaciEntry.Raci part) {
    return new RaciEntry(activity, professional, part);
  }

  private static List<DeviceType> devices() {
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
  private static Questionnaire esasR() {
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

  private static List<TariffHypothesis> tariffs() {
    return List.of(
        tariff(
            TelemedicineService.TELEVISIT,
            "22.50",
            "Ipotesi: pari alla visita oncologica di controllo in presenza, per prestazione",
            "Hypothesis: equal to the in-person follow-up oncology visit, per service"),
        tariff(
            TelemedicineService.TELECONSULT,
            "30.00",
            "Ipotesi: per teleconsulto tra specialisti, con relazione collaborativa",
            "Hypothesis: per specialist teleconsultation, with collaborative report"),
        tariff(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            "Ipotesi: per sessione di teleassistenza infermieristica",
            "Hypothesis: per nurse tele-assistance session"),
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "60.00",
            "Ipotesi: per paziente e per mese di telemonitoraggio",
            "Hypothesis: per patient per month of tele-monitoring"),
        tariff(
            TelemedicineService.TELECONTROL,
            "25.00",
            "Ipotesi: per ciclo di telecontrollo con almeno una videochiamata",
            "Hypothesis: per tele-control cycle with at least one video call"));
  }

  private static TariffHypothesis tariff(
      TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(service, new BigDecimal(euro), Label.of(it, en));
  }

  private static List<Source> sources() {
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
