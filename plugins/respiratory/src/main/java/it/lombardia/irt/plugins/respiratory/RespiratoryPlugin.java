package it.lombardia.irt.plugins.respiratory;

import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.DeviceType.Connectivity;
import it.lombardia.irt.spi.content.DeviceType.MonitoringLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.AnswerType;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.Option;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.RaciEntry.Raci;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * The respiratory network's clinical content: COPD and chronic respiratory failure on long-term
 * oxygen therapy (LTOT). Every value is traced to a {@link Source}; see the module README for the
 * table of values and their justification.
 */
public final class RespiratoryPlugin implements ClinicalNetworkPlugin {

  /** SpO2 by pulse oximetry (LOINC). */
  public static final String SPO2 = "59408-5";

  /** Respiratory rate (LOINC). */
  public static final String RESPIRATORY_RATE = "9279-1";

  /** Heart rate (LOINC). */
  public static final String HEART_RATE = "8867-4";

  /** Heart rate by pulse oximetry (LOINC): the pulse rate an oximeter records with SpO2. */
  public static final String PULSE_RATE = "8889-8";

  /** Body temperature (LOINC). */
  public static final String BODY_TEMPERATURE = "8310-5";

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
        "1.1.0",
        "[1.3,2.0)",
        Label.of("Rete pneumologica (patologie respiratorie)", "Respiratory network"),
        List.of(copd(), ltot()),
        devices(),
        List.of(mmrc(), exacerbationChecklist()),
        tariffs(),
        sources());
  }

  // ---------------------------------------------------------------- conditions

  private static ConditionDefinition copd() {
    Protocol protocol =
        new Protocol(
            "copd-telemonitoring",
            Label.of(
                "PDTA telemonitoraggio BPCO a rischio di riacutizzazione",
                "Telemonitoring protocol for COPD at risk of exacerbation"),
            List.of(GOLD, BTS_OXYGEN, ANTHONISEN, ROME, NEWS2, MRC, REHAB),
            List.of(
                criterion(
                    "copd-spirometric-diagnosis",
                    "Diagnosi spirometrica di BPCO: FEV1/FVC post-broncodilatatore < 0,70",
                    "Spirometric COPD diagnosis: post-bronchodilator FEV1/FVC < 0.70",
                    "fev1-fvc-post-bronchodilator",
                    Operator.AT_MOST,
                    "0.69"),
                criterion(
                    "copd-gold-group-b-or-e",
                    "Gruppo GOLD B (sintomatico) o E (riacutizzatore)",
                    "GOLD group B (symptomatic) or E (exacerbator)",
                    "copd-gold-group",
                    Operator.IN,
                    "B",
                    "E"),
                criterion(
                    "copd-fev1-below-80",
                    "Ostruzione almeno moderata: FEV1 < 80% del predetto (GOLD 2-4)",
                    "At least moderate obstruction: FEV1 < 80% predicted (GOLD 2-4)",
                    "fev1-percent-predicted",
                    Operator.AT_MOST,
                    "79"),
                criterion(
                    "copd-recent-exacerbation",
                    "Almeno una riacutizzazione moderata o grave negli ultimi 12 mesi",
                    "At least one moderate or severe exacerbation in the last 12 months",
                    "exacerbations-last-year",
                    Operator.AT_LEAST,
                    "1"),
                criterion(
                    "copd-device-use",
                    "Paziente o caregiver in grado di usare i dispositivi",
                    "Patient or caregiver able to use the devices",
                    "able-to-use-devices",
                    Operator.EQUALS,
                    "true")),
            List.of(
                criterion(
                    "copd-on-ltot",
                    "In ossigenoterapia a lungo termine: seguire il protocollo LTOT",
                    "On long-term oxygen therapy: follow the LTOT protocol instead",
                    "on-ltot",
                    Operator.EQUALS,
                    "true"),
                criterion(
                    "copd-palliative-care",
                    "Preso in carico dalla rete di cure palliative",
                    "Followed by the palliative care network",
                    "in-palliative-care",
                    Operator.EQUALS,
                    "true"),
                criterion(
                    "copd-residential-care",
                    "Ospite di struttura residenziale (RSA) con monitoraggio del personale",
                    "Living in a residential care home (RSA) monitored by its staff",
                    "in-residential-care",
                    Operator.EQUALS,
                    "true")),
            List.of(
                spo2(Duration.ofDays(1)),
                respiratoryRate(),
                heartRate(),
                temperature(),
                new MonitoredParameter(
                    FEV1,
                    Label.of(
                        "FEV1 (volume espiratorio massimo nel primo secondo)",
                        "FEV1 (forced expiratory volume in 1 second)"),
                    "L",
                    0.2,
                    7.0,
                    Duration.ofDays(90))),
            concat(
                List.of(
                    // SpO2 breathing room air: BTS 2017 / GOLD (see README).
                    new Threshold(SPO2, ATTENTION, BELOW, 92, 90, 94),
                    new Threshold(SPO2, ALARM, BELOW, 90, 88, 92),
                    new Threshold(SPO2, CRITICAL, BELOW, 88, 85, 90)),
                vitalSignThresholds()),
            concat(
                List.of(
                    new TrendRule(
                        "copd-spo2-fall",
                        Label.of(
                            "SpO2 scesa di oltre 3 punti rispetto ai valori delle ultime 48 ore",
                            "SpO2 fallen by more than 3 points within 48 hours"),
                        SPO2,
                        Kind.FALL,
                        4,
                        Duration.ofHours(48),
                        ATTENTION),
                    new TrendRule(
                        "copd-spo2-missing",
                        Label.of(
                            "Nessuna misura di SpO2 da 48 ore", "No SpO2 reading for 48 hours"),
                        SPO2,
                        Kind.MISSING,
                        0,
                        Duration.ofHours(48),
                        ATTENTION)),
                vitalSignTrends("copd")),
            alarmActions(),
            List.of(
                stage(
                    "enrolment-and-training",
                    "Presa in carico, consegna dispositivi e addestramento",
                    "Enrolment, device delivery and training",
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                stage(
                    "post-exacerbation",
                    "Dopo dimissione per riacutizzazione (primi 30 giorni)",
                    "After discharge for an exacerbation (first 30 days)",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                stage(
                    "stable-follow-up",
                    "Follow-up in fase stabile",
                    "Stable follow-up",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.HEALTH_TELECONSULTANCY),
                stage(
                    "pulmonary-rehabilitation",
                    "Riabilitazione respiratoria (dopo UVM in presenza e PRI)",
                    "Pulmonary rehabilitation (after in-person UVM and PRI)",
                    TelemedicineService.TELEREHABILITATION,
                    TelemedicineService.TELEASSISTANCE)),
            roles(false),
            List.of(OXIMETER_SPOT, THERMOMETER, SPIROMETER),
            List.of(MMRC, CHECKLIST));
    return new ConditionDefinition(
        "copd",
        Label.of(
            "Broncopneumopatia cronica ostruttiva (BPCO)",
            "Chronic obstructive pulmonary disease (COPD)"),
        protocol);
  }

  private static ConditionDefinition ltot() {
    Protocol protocol =
        new Protocol(
            "ltot-telemonitoring",
            Label.of(
                "PDTA telemonitoraggio insufficienza respiratoria cronica in ossigenoterapia",
                "Telemonitoring protocol for chronic respiratory failure on long-term oxygen"),
            List.of(
                GOLD,
                BTS_OXYGEN,
                BTS_HOME_OXYGEN,
                ANTHONISEN,
                ROME,
                NEWS2,
                MRC,
                REHAB,
                INOX,
                AASM,
                CMS_OXYGEN),
            List.of(
                criterion(
                    "ltot-prescribed",
                    "Ossigenoterapia a lungo termine prescritta dallo pneumologo",
                    "Long-term oxygen therapy prescribed by a pulmonologist",
                    "on-ltot",
                    Operator.EQUALS,
                    "true"),
                criterion(
                    "ltot-hours",
                    "Ossigeno prescritto per almeno 15 ore al giorno",
                    "Oxygen prescribed for at least 15 hours a day",
                    "ltot-hours-per-day",
                    Operator.AT_LEAST,
                    "15"),
                criterion(
                    "ltot-device-use",
                    "Paziente o caregiver in grado di usare i dispositivi",
                    "Patient or caregiver able to use the devices",
                    "able-to-use-devices",
                    Operator.EQUALS,
                    "true")),
            List.of(
                criterion(
                    "ltot-home-invasive-ventilation",
                    "Ventilazione invasiva domiciliare (tracheostomia): percorso dedicato",
                    "Home invasive ventilation (tracheostomy): dedicated pathway",
                    "home-invasive-ventilation",
                    Operator.EQUALS,
                    "true"),
                criterion(
                    "ltot-palliative-care",
                    "Preso in carico dalla rete di cure palliative",
                    "Followed by the palliative care network",
                    "in-palliative-care",
                    Operator.EQUALS,
                    "true"),
                criterion(
                    "ltot-residential-care",
                    "Ospite di struttura residenziale (RSA) con monitoraggio del personale",
                    "Living in a residential care home (RSA) monitored by its staff",
                    "in-residential-care",
                    Operator.EQUALS,
                    "true")),
            List.of(
                // overnight oximetry as one series: 5 minutes beyond a threshold is an episode
                // (CMS NCD 240.2); T90 (INOX) and the 3 % desaturation index (AASM)
                spo2(Duration.ofDays(1))
                    .recordedContinuously(
                        new ContinuousRecording(
                            Duration.ofMinutes(5),
                            90.0,
                            null,
                            List.of(ContinuousRecording.Index.OXYGEN_DESATURATION_INDEX))),
                respiratoryRate(),
                heartRate(),
                new MonitoredParameter(
                        PULSE_RATE,
                        Label.of(
                            "Frequenza del polso (pulsossimetria)", "Pulse rate (pulse oximetry)"),
                        "/min",
                        20,
                        250,
                        Duration.ofDays(1))
                    .recordedContinuously(
                        new ContinuousRecording(Duration.ofMinutes(5), null, null, List.of())),
                temperature()),
            concat(
                List.of(
                    // SpO2 on prescribed oxygen: BTS target range 88-92% (see README).
                    new Threshold(SPO2, ATTENTION, BELOW, 88, 86, 90),
                    new Threshold(SPO2, ALARM, BELOW, 85, 82, 88),
                    new Threshold(SPO2, CRITICAL, BELOW, 80, 75, 85),
                    new Threshold(SPO2, ATTENTION, ABOVE, 92, 92, 96),
                    // pulse rate of the overnight oximetry: the NEWS2 limits of heart rate
                    new Threshold(PULSE_RATE, ALARM, ABOVE, 110, 101, 120),
                    new Threshold(PULSE_RATE, CRITICAL, ABOVE, 130, 121, 140),
                    new Threshold(PULSE_RATE, ALARM, BELOW, 41, 35, 44)),
                vitalSignThresholds()),
            concat(
                List.of(
                    new TrendRule(
                        "ltot-spo2-fall",
                        Label.of(
                            "SpO2 in ossigeno scesa di oltre 3 punti in 48 ore",
                            "SpO2 on oxygen fallen by more than 3 points within 48 hours"),
                        SPO2,
                        Kind.FALL,
                        4,
                        Duration.ofHours(48),
                        ALARM),
                    new TrendRule(
                        "ltot-spo2-missing",
                        Label.of(
                            "Nessuna misura di SpO2 da 36 ore", "No SpO2 reading for 36 hours"),
                        SPO2,
                        Kind.MISSING,
                        0,
                        Duration.ofHours(36),
                        ATTENTION)),
                vitalSignTrends("ltot")),
            alarmActions(),
            List.of(
                stage(
                    "ltot-start",
                    "Avvio ossigenoterapia: addestramento all'uso di ossigeno e dispositivi",
                    "LTOT start: training in oxygen and device use",
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                stage(
                    "ltot-follow-up",
                    "Follow-up in ossigenoterapia e rivalutazione della prescrizione",
                    "Follow-up on oxygen and review of the prescription",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.TELEASSISTANCE),
                stage(
                    "pulmonary-rehabilitation",
                    "Riabilitazione respiratoria (dopo UVM in presenza e PRI)",
                    "Pulmonary rehabilitation (after in-person UVM and PRI)",
                    TelemedicineService.TELEREHABILITATION,
                    TelemedicineService.TELEASSISTANCE)),
            roles(true),
            List.of(OXIMETER_SPOT, OXIMETER_CONTINUOUS, THERMOMETER),
            List.of(MMRC, CHECKLIST));
    return new ConditionDefinition(
        "chronic-respiratory-failure-ltot",
        Label.of(
            "Insufficienza respiratoria cronica in ossigenoterapia a lungo termine",
            "Chronic respiratory failure on long-term oxygen therapy"),
        protocol);
  }

  // ---------------------------------------------------------------- parameters

  private static MonitoredParameter spo2(Duration every) {
    return new MonitoredParameter(
        SPO2,
        Label.of(
            "Saturazione periferica di ossigeno (SpO2, pulsossimetria)",
            "Oxygen saturation by pulse oximetry (SpO2)"),
        "%",
        50,
        100,
        every);
  }

  private static MonitoredParameter respiratoryRate() {
    return new MonitoredParameter(
        RESPIRATORY_RATE,
        Label.of("Frequenza respiratoria", "Respiratory rate"),
        "/min",
        4,
        60,
        Duration.ofDays(1));
  }

  private static MonitoredParameter heartRate() {
    return new MonitoredParameter(
        HEART_RATE,
        Label.of("Frequenza cardiaca", "Heart rate"),
        "/min",
        20,
        250,
        Duration.ofDays(1));
  }

  private static MonitoredParameter temperature() {
    return new MonitoredParameter(
        BODY_TEMPERATURE,
        Label.of("Temperatura corporea", "Body temperature"),
        "Cel",
        30,
        44,
        Duration.ofDays(1));
  }

  /** Respiratory rate, heart rate and temperature: the same defaults in both protocols. */
  private static List<Threshold> vitalSignThresholds() {
    return List.of(
        // Respiratory rate: NEWS2 21-24 -> attention; Rome proposal >= 24 -> alarm; GOLD > 30.
        new Threshold(RESPIRATORY_RATE, ATTENTION, ABOVE, 20, 18, 24),
        new Threshold(RESPIRATORY_RATE, ALARM, ABOVE, 23, 21, 26),
        new Threshold(RESPIRATORY_RATE, CRITICAL, ABOVE, 30, 27, 35),
        // NEWS2: <= 8 breaths/min scores 3.
        new Threshold(RESPIRATORY_RATE, ALARM, BELOW, 9, 8, 10),
        // Heart rate: Rome proposal >= 95 -> attention; NEWS2 111-130 -> alarm, >= 131 critical.
        new Threshold(HEART_RATE, ATTENTION, ABOVE, 94, 90, 100),
        new Threshold(HEART_RATE, ALARM, ABOVE, 110, 101, 120),
        new Threshold(HEART_RATE, CRITICAL, ABOVE, 130, 121, 140),
        // NEWS2: 41-50 scores 1, <= 40 scores 3.
        new Threshold(HEART_RATE, ATTENTION, BELOW, 51, 45, 55),
        new Threshold(HEART_RATE, ALARM, BELOW, 41, 35, 44),
        // Temperature: NEWS2 38.1-39.0 scores 1, >= 39.1 scores 2, <= 35.0 scores 3.
        new Threshold(BODY_TEMPERATURE, ATTENTION, ABOVE, 38.0, 37.5, 38.5),
        new Threshold(BODY_TEMPERATURE, ALARM, ABOVE, 39.0, 38.6, 39.5),
        new Threshold(BODY_TEMPERATURE, ALARM, BELOW, 35.1, 35.0, 35.5));
  }

  /** Anthonisen minor criterion: rise in respiratory or heart rate by 20% over baseline. */
  private static List<TrendRule> vitalSignTrends(String prefix) {
    return List.of(
        new TrendRule(
            prefix + "-respiratory-rate-rise",
            Label.of(
                "Frequenza respiratoria aumentata di almeno 4/min in 48 ore (circa +20%)",
                "Respiratory rate up by at least 4/min within 48 hours (about +20%)"),
            RESPIRATORY_RATE,
            Kind.RISE,
            4,
            Duration.ofHours(48),
            ATTENTION),
        new TrendRule(
            prefix + "-heart-rate-rise",
            Label.of(
                "Frequenza cardiaca aumentata di almeno 16/min in 48 ore (circa +20%)",
                "Heart rate up by at least 16/min within 48 hours (about +20%)"),
            HEART_RATE,
            Kind.RISE,
            16,
            Duration.ofHours(48),
            ATTENTION),
        new TrendRule(
            prefix + "-respiratory-rate-missing",
            Label.of(
                "Nessuna misura di frequenza respiratoria da 72 ore",
                "No respiratory rate reading for 72 hours"),
            RESPIRATORY_RATE,
            Kind.MISSING,
            0,
            Duration.ofHours(72),
            ATTENTION),
        new TrendRule(
            prefix + "-heart-rate-missing",
            Label.of(
                "Nessuna misura di frequenza cardiaca da 72 ore",
                "No heart rate reading for 72 hours"),
            HEART_RATE,
            Kind.MISSING,
            0,
            Duration.ofHours(72),
            ATTENTION));
  }

  private static List<AlarmAction> alarmActions() {
    return List.of(
        new AlarmAction(
            ATTENTION,
            List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
            Label.of(
                "L'infermiere IFeC chiama il paziente entro la giornata lavorativa, fa ripetere la"
                    + " misura a riposo (5 minuti seduto, mani calde, lettura stabile per 1"
                    + " minuto), verifica sintomi, uso degli inalatori e dell'ossigeno; se"
                    + " confermato informa l'MMG.",
                "The IFeC nurse calls the patient within the working day, has the reading"
                    + " repeated at rest (5 minutes seated, warm hands, reading stable for 1"
                    + " minute), checks symptoms, inhaler and oxygen use; if confirmed, informs"
                    + " the MMG.")),
        new AlarmAction(
            ALARM,
            List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT, Action.HOME_VISIT),
            Label.of(
                "MMG o pneumologo contattano il paziente entro 4 ore; televisita o visita"
                    + " domiciliare per valutare una riacutizzazione (gravità secondo la proposta"
                    + " di Roma) e avviare il piano d'azione concordato.",
                "The MMG or pulmonologist contacts the patient within 4 hours; televisit or home"
                    + " visit to assess an exacerbation (severity by the Rome proposal) and start"
                    + " the agreed action plan.")),
        new AlarmAction(
            CRITICAL,
            List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
            Label.of(
                "Valore confermato da una seconda misura: si attiva subito il 118; il medico"
                    + " referente viene informato. Il paziente è istruito a chiamare il 118 da sé"
                    + " in caso di dispnea a riposo, confusione o sonnolenza.",
                "Value confirmed by a second reading: call 118 at once; the reference physician"
                    + " is informed. The patient is taught to call 118 directly for breathlessness"
                    + " at rest, confusion or drowsiness.")));
  }

  private static List<RaciEntry> roles(boolean ltot) {
    Label enrol =
        Label.of(
            "Arruolamento e PAI con soglie personalizzate",
            "Enrolment and PAI with personalised thresholds");
    Label devices =
        Label.of(
            "Consegna dispositivi e addestramento del paziente",
            "Device delivery and patient training");
    Label daily =
        Label.of("Revisione quotidiana di misure e allarmi", "Daily review of readings and alarms");
    Label exacerbation =
        Label.of(
            "Gestione della sospetta riacutizzazione", "Management of a suspected exacerbation");
    Label rehab =
        Label.of(
            "Teleriabilitazione respiratoria secondo il PRI",
            "Pulmonary tele-rehabilitation according to the PRI");
    List<RaciEntry> common =
        List.of(
            new RaciEntry(enrol, "pulmonologist", Raci.RESPONSIBLE),
            new RaciEntry(enrol, "MMG", Raci.ACCOUNTABLE),
            new RaciEntry(enrol, "IFeC nurse", Raci.CONSULTED),
            new RaciEntry(devices, "IFeC nurse", Raci.RESPONSIBLE),
            new RaciEntry(devices, "MMG", Raci.INFORMED),
            new RaciEntry(daily, "IFeC nurse", Raci.RESPONSIBLE),
            new RaciEntry(daily, "MMG", Raci.ACCOUNTABLE),
            new RaciEntry(exacerbation, "MMG", Raci.RESPONSIBLE),
            new RaciEntry(exacerbation, "pulmonologist", Raci.CONSULTED),
            new RaciEntry(exacerbation, "IFeC nurse", Raci.INFORMED),
            new RaciEntry(rehab, "respiratory physiotherapist", Raci.RESPONSIBLE),
            new RaciEntry(rehab, "pulmonologist", Raci.ACCOUNTABLE),
            new RaciEntry(rehab, "physiatrist", Raci.CONSULTED),
            new RaciEntry(rehab, "MMG", Raci.INFORMED));
    if (!ltot) {
      return common;
    }
    Label oxygen =
        Label.of(
            "Revisione della prescrizione di ossigeno (flusso, ore/giorno)",
            "Review of the oxygen prescription (flow, hours a day)");
    return concat(
        common,
        List.of(
            new RaciEntry(oxygen, "pulmonologist", Raci.RESPONSIBLE),
            new RaciEntry(oxygen, "pulmonologist", Raci.ACCOUNTABLE),
            new RaciEntry(oxygen, "IFeC nurse", Raci.CONSULTED),
            new RaciEntry(oxygen, "MMG", Raci.INFORMED)));
  }

  // ---------------------------------------------------------------- catalog

  private static List<DeviceType> devices() {
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

  private static Questionnaire mmrc() {
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
  private static Questionnaire exacerbationChecklist() {
    return new Questionnaire(
        CHECKLIST,
        Label.of(
            "Diario quotidiano dei sintomi di riacutizzazione BPCO",
            "Daily COPD exacerbation symptom checklist"),
        "CC BY 4.0, Regione Lombardia working group",
        "Regione Lombardia respiratory working group, 2024, on the criteria of Anthonisen NR et"
            + " al. Ann Intern Med 1987;106:196-204",
        List.of(
            yesNo(
                "dyspnoea-increased",
                "Oggi ha più fiato corto del solito?",
                "Are you more breathless than usual today?",
                5),
            yesNo(
                "sputum-volume-increased",
                "Oggi espettora più catarro del solito?",
                "Are you coughing up more sputum than usual today?",
                5),
            yesNo(
                "sputum-purulent",
                "Il catarro è diventato giallo, verde o più scuro del solito?",
                "Has your sputum turned yellow, green or darker than usual?",
                5),
            yesNo(
                "upper-respiratory-infection",
                "Negli ultimi 5 giorni ha avuto raffreddore o mal di gola?",
                "Have you had a cold or sore throat in the last 5 days?",
                1),
            yesNo(
                "wheezing-increased",
                "Ha più fischi o sibili nel respiro del solito?",
                "Are you wheezing more than usual?",
                1),
            yesNo(
                "cough-increased",
                "Tossisce più del solito?",
                "Are you coughing more than usual?",
                1),
            yesNo(
                "fever",
                "Ha avuto febbre senza altra causa evidente?",
                "Have you had a fever with no other obvious cause?",
                1),
            yesNo(
                "red-flag",
                "Ha fiato corto anche a riposo, fatica a parlare, confusione o sonnolenza insolita?",
                "Are you breathless at rest, struggling to speak, confused or unusually drowsy?",
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

  private static Item yesNo(String id, String it, String en, int score) {
    return new Item(
        id,
        Label.of(it, en),
        AnswerType.YES_NO,
        List.of(
            new Option("no", Label.of("No", "No"), 0),
            new Option("yes", Label.of("Sì", "Yes"), score)),
        null,
        null);
  }

  private static List<TariffHypothesis> tariffs() {
    return List.of(
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "45.00",
            "Ipotesi: per paziente e per mese di telemonitoraggio (dispositivi, revisione"
                + " infermieristica quotidiana, gestione allarmi)",
            "Hypothesis: per patient per month of telemonitoring (devices, daily nurse review,"
                + " alarm handling)"),
        tariff(
            TelemedicineService.TELEVISIT,
            "22.50",
            "Ipotesi: per televisita di controllo pneumologica, come la visita di controllo in"
                + " presenza",
            "Hypothesis: per follow-up pulmonology televisit, as the in-person follow-up visit"),
        tariff(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            "Ipotesi: per sessione di 30 minuti (costo infermieristico di 30 euro/ora)",
            "Hypothesis: per 30-minute session (nurse cost of 30 euro an hour)"),
        tariff(
            TelemedicineService.TELEREHABILITATION,
            "20.00",
            "Ipotesi: per seduta individuale di riabilitazione respiratoria",
            "Hypothesis: per individual pulmonary rehabilitation session"),
        tariff(
            TelemedicineService.TELECONSULT,
            "30.00",
            "Ipotesi: per teleconsulto pneumologo-MMG con relazione collaborativa",
            "Hypothesis: per pulmonologist-MMG teleconsultation with collaborative report"));
  }

  private static List<Source> sources() {
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

  // ---------------------------------------------------------------- helpers

  private static Criterion criterion(
      String id, String it, String en, String fact, Operator operator, String... values) {
    return new Criterion(id, Label.of(it, en), fact, operator, List.of(values));
  }

  private static PathwayStage stage(
      String id, String it, String en, TelemedicineService first, TelemedicineService... rest) {
    return new PathwayStage(id, Label.of(it, en), EnumSet.of(first, rest));
  }

  private static TariffHypothesis tariff(
      TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(service, new BigDecimal(euro), Label.of(it, en));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
