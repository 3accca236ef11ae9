package it.lombardia.irt.plugins.diabetes;

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
import java.util.List;
import java.util.Set;

/**
 * The diabetes network of Regione Lombardia: telemonitoring of adults with type 2 diabetes
 * (capillary glucose, HbA1c, blood pressure, body weight) and of adults with type 1 diabetes on
 * insulin with a continuous glucose monitor (CGM). Every value is documented, with its source, in
 * the module's README.
 */
public final class DiabetesPlugin implements ClinicalNetworkPlugin {

  /** Glucose [Mass/volume] in Capillary blood by Glucometer. */
  static final String CAPILLARY_GLUCOSE = "41653-7";

  /** Glucose [Mass/volume] in Interstitial fluid (CGM sensor reading, HL7 CGM IG). */
  static final String CGM_GLUCOSE = "99504-3";

  /** CGM time in range 70-180 mg/dL over the reporting period (HL7 CGM IG). */
  static final String CGM_TIME_IN_RANGE = "97510-2";

  /** Hemoglobin A1c/Hemoglobin.total in Blood. */
  static final String HBA1C = "4548-4";

  /** Molar mass of glucose, C6H12O6, in g/mol (see the README): converts mmol/L to mg/dL. */
  static final double GLUCOSE_MOLAR_MASS = 180.156;

  static final String BODY_WEIGHT = "29463-7";
  static final String SYSTOLIC_BP = "8480-6";
  static final String DIASTOLIC_BP = "8462-4";

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
        "1.1.0",
        "[1.3,2.0)",
        Label.of("Rete diabetologica", "Diabetes network"),
        List.of(type2(), type1Cgm()),
        devices(),
        List.of(hypoglycaemiaChecklist()),
        tariffs(),
        sources());
  }

  // ---------------------------------------------------------------- type 2 diabetes

  private static ConditionDefinition type2() {
    Protocol protocol =
        new Protocol(
            "pdta-dm2-telemonitoring",
            Label.of(
                "PDTA diabete tipo 2 - telemonitoraggio glicemico",
                "Type 2 diabetes care pathway - glucose telemonitoring"),
            List.of(ADA_2024, TIR_CONSENSUS, SID_AMD_2022, WORKING_GROUP),
            List.of(
                criterion(
                    "dm2-diagnosis",
                    "Diagnosi di diabete mellito di tipo 2",
                    "Diagnosis of type 2 diabetes mellitus",
                    "diabetes-type",
                    Operator.EQUALS,
                    "type-2"),
                criterion(
                    "adult",
                    "Età di almeno 18 anni",
                    "Aged 18 years or over",
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                criterion(
                    "hba1c-above-goal",
                    "HbA1c pari o superiore al 7% (53 mmol/mol): obiettivo glicemico non raggiunto",
                    "HbA1c at or above 7% (53 mmol/mol): glycaemic goal not met",
                    "hba1c-percent",
                    Operator.AT_LEAST,
                    "7.0"),
                criterion(
                    "can-self-monitor",
                    "Paziente o caregiver in grado di eseguire l'autocontrollo glicemico",
                    "Patient or caregiver able to perform blood glucose self-monitoring",
                    "self-monitoring-capable",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                criterion(
                    "pregnancy",
                    "Gravidanza in corso (obiettivi glicemici e percorso dedicati)",
                    "Current pregnancy (dedicated glycaemic targets and pathway)",
                    "pregnant",
                    Operator.EQUALS,
                    "yes"),
                criterion(
                    "acute-hyperglycaemic-crisis",
                    "Chetoacidosi o stato iperglicemico iperosmolare in atto: serve il ricovero",
                    "Ongoing ketoacidosis or hyperosmolar hyperglycaemic state: needs hospital care",
                    "acute-hyperglycaemic-crisis",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                capillaryGlucose(),
                hba1c(),
                new MonitoredParameter(
                    BODY_WEIGHT,
                    Label.of("Peso corporeo", "Body weight"),
                    "kg",
                    20,
                    350,
                    Duration.ofDays(7)),
                new MonitoredParameter(
                    SYSTOLIC_BP,
                    Label.of("Pressione arteriosa sistolica", "Systolic blood pressure"),
                    "mm[Hg]",
                    50,
                    280,
                    Duration.ofDays(7)),
                new MonitoredParameter(
                    DIASTOLIC_BP,
                    Label.of("Pressione arteriosa diastolica", "Diastolic blood pressure"),
                    "mm[Hg]",
                    30,
                    160,
                    Duration.ofDays(7))),
            List.of(
                // hypoglycaemia, International Consensus on Time in Range / ADA section 6
                new Threshold(CAPILLARY_GLUCOSE, ATTENTION, BELOW, 70, 70, 90),
                new Threshold(CAPILLARY_GLUCOSE, ALARM, BELOW, 54, 54, 65),
                // hyperglycaemia, International Consensus on Time in Range
                new Threshold(CAPILLARY_GLUCOSE, ATTENTION, ABOVE, 180, 140, 250),
                new Threshold(CAPILLARY_GLUCOSE, ALARM, ABOVE, 250, 200, 300),
                // HbA1c goal for most adults (ADA section 6); 10% prompts insulin (ADA section 9)
                new Threshold(HBA1C, ATTENTION, ABOVE, 7.0, 6.5, 8.5),
                new Threshold(HBA1C, ALARM, ABOVE, 10.0, 9.0, 11.0),
                // blood pressure goal and two-drug threshold (ADA section 10)
                new Threshold(SYSTOLIC_BP, ATTENTION, ABOVE, 130, 120, 140),
                new Threshold(SYSTOLIC_BP, ALARM, ABOVE, 160, 150, 180),
                new Threshold(DIASTOLIC_BP, ATTENTION, ABOVE, 80, 75, 90),
                new Threshold(DIASTOLIC_BP, ALARM, ABOVE, 100, 90, 110)),
            List.of(
                new TrendRule(
                    "capillary-glucose-missing",
                    Label.of(
                        "Nessuna glicemia capillare da 72 ore",
                        "No capillary glucose reading for 72 hours"),
                    CAPILLARY_GLUCOSE,
                    Kind.MISSING,
                    0,
                    Duration.ofHours(72),
                    ATTENTION),
                new TrendRule(
                    "hba1c-missing",
                    Label.of("Nessuna HbA1c da 6 mesi", "No HbA1c result for 6 months"),
                    HBA1C,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(180),
                    ATTENTION),
                new TrendRule(
                    "blood-pressure-missing",
                    Label.of(
                        "Nessuna misura di pressione da 21 giorni",
                        "No blood pressure reading for 21 days"),
                    SYSTOLIC_BP,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(21),
                    ATTENTION)),
            alarmActions(),
            List.of(
                stage(
                    "enrolment-education",
                    "Presa in carico ed educazione all'autocontrollo",
                    "Enrolment and self-monitoring education",
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                stage(
                    "therapy-titration",
                    "Titolazione della terapia",
                    "Therapy titration",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                stage(
                    "stable-follow-up",
                    "Follow-up in compenso",
                    "Stable follow-up",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                raci(
                    "Presa in carico e PAI",
                    "Enrolment and individual care plan (PAI)",
                    "MMG",
                    Raci.ACCOUNTABLE),
                raci(
                    "Presa in carico e PAI",
                    "Enrolment and individual care plan (PAI)",
                    "diabetologist",
                    Raci.CONSULTED),
                raci(
                    "Revisione quotidiana delle misure e degli allarmi",
                    "Daily review of readings and alarms",
                    "IFeC nurse",
                    Raci.RESPONSIBLE),
                raci(
                    "Revisione quotidiana delle misure e degli allarmi",
                    "Daily review of readings and alarms",
                    "MMG",
                    Raci.ACCOUNTABLE),
                raci(
                    "Modifica della terapia ipoglicemizzante",
                    "Change of glucose-lowering therapy",
                    "MMG",
                    Raci.RESPONSIBLE),
                raci(
                    "Modifica della terapia ipoglicemizzante",
                    "Change of glucose-lowering therapy",
                    "diabetologist",
                    Raci.CONSULTED),
                raci(
                    "Educazione all'autocontrollo e alla gestione dell'ipoglicemia",
                    "Self-monitoring and hypoglycaemia management education",
                    "IFeC nurse",
                    Raci.RESPONSIBLE),
                raci(
                    "Educazione alimentare",
                    "Nutrition counselling",
                    "dietitian",
                    Raci.RESPONSIBLE),
                raci("Educazione alimentare", "Nutrition counselling", "MMG", Raci.INFORMED)),
            List.of(GLUCOMETER, BP_MONITOR, SCALE),
            List.of(HYPO_CHECKLIST));
    return new ConditionDefinition(
        "type-2-diabetes",
        Label.of("Diabete mellito di tipo 2", "Type 2 diabetes mellitus"),
        protocol);
  }

  // ---------------------------------------------------------------- type 1 diabetes with CGM

  private static ConditionDefinition type1Cgm() {
    Protocol protocol =
        new Protocol(
            "pdta-dm1-cgm-telemonitoring",
            Label.of(
                "PDTA diabete tipo 1 in insulina con CGM - telemonitoraggio",
                "Type 1 diabetes on insulin with CGM - telemonitoring pathway"),
            List.of(ADA_2024, TIR_CONSENSUS, CGM_EVENTS, GMI, TREND_ARROWS, HL7_CGM, WORKING_GROUP),
            List.of(
                criterion(
                    "dm1-diagnosis",
                    "Diagnosi di diabete mellito di tipo 1",
                    "Diagnosis of type 1 diabetes mellitus",
                    "diabetes-type",
                    Operator.EQUALS,
                    "type-1"),
                criterion(
                    "adult",
                    "Età di almeno 18 anni",
                    "Aged 18 years or over",
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                criterion(
                    "on-insulin",
                    "In terapia insulinica (multiniettiva o microinfusore)",
                    "On insulin therapy (multiple daily injections or pump)",
                    "on-insulin",
                    Operator.EQUALS,
                    "yes"),
                criterion(
                    "uses-cgm",
                    "Utilizza un sensore CGM collegato a una piattaforma del fornitore",
                    "Uses a CGM sensor connected to a vendor platform",
                    "cgm-in-use",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                criterion(
                    "pregnancy",
                    "Gravidanza in corso (obiettivi glicemici e percorso dedicati)",
                    "Current pregnancy (dedicated glycaemic targets and pathway)",
                    "pregnant",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                new MonitoredParameter(
                        CGM_GLUCOSE,
                        Label.of("Glucosio interstiziale (CGM)", "Interstitial glucose (CGM)"),
                        "mg/dL",
                        40,
                        500,
                        Duration.ofMinutes(15),
                        GLUCOSE_MOLAR_MASS)
                    // a sensor day as one series: an episode is 15 minutes beyond a threshold
                    // (consensus 2023); time in range 70-180 and GMI (TIR consensus, Bergenstal
                    // 2018)
                    .recordedContinuously(
                        new ContinuousRecording(
                            Duration.ofMinutes(15),
                            70.0,
                            180.0,
                            List.of(ContinuousRecording.Index.GLUCOSE_MANAGEMENT_INDICATOR))),
                new MonitoredParameter(
                    CGM_TIME_IN_RANGE,
                    Label.of(
                        "Tempo nel range 70-180 mg/dL (14 giorni)",
                        "Time in range 70-180 mg/dL (14 days)"),
                    "%",
                    0,
                    100,
                    Duration.ofDays(14)),
                hba1c()),
            List.of(
                new Threshold(CGM_GLUCOSE, ATTENTION, BELOW, 70, 70, 90),
                new Threshold(CGM_GLUCOSE, ALARM, BELOW, 54, 54, 65),
                new Threshold(CGM_GLUCOSE, ATTENTION, ABOVE, 180, 160, 250),
                new Threshold(CGM_GLUCOSE, ALARM, ABOVE, 250, 200, 300),
                // TIR goal >70% for most, >50% for older / high-risk people (consensus)
                new Threshold(CGM_TIME_IN_RANGE, ATTENTION, BELOW, 70, 50, 70),
                new Threshold(CGM_TIME_IN_RANGE, ALARM, BELOW, 50, 40, 50),
                new Threshold(HBA1C, ATTENTION, ABOVE, 7.0, 6.5, 8.5),
                new Threshold(HBA1C, ALARM, ABOVE, 10.0, 9.0, 11.0)),
            List.of(
                new TrendRule(
                    "cgm-fast-fall",
                    Label.of(
                        "Glucosio in calo di 60 mg/dL in 30 minuti (2 mg/dL/min)",
                        "Glucose falling by 60 mg/dL within 30 minutes (2 mg/dL/min)"),
                    CGM_GLUCOSE,
                    Kind.FALL,
                    60,
                    Duration.ofMinutes(30),
                    ATTENTION),
                new TrendRule(
                    "cgm-very-fast-fall",
                    Label.of(
                        "Glucosio in calo di 90 mg/dL in 30 minuti (3 mg/dL/min)",
                        "Glucose falling by 90 mg/dL within 30 minutes (3 mg/dL/min)"),
                    CGM_GLUCOSE,
                    Kind.FALL,
                    90,
                    Duration.ofMinutes(30),
                    ALARM),
                new TrendRule(
                    "cgm-missing",
                    Label.of(
                        "Nessun dato dal sensore CGM da 24 ore", "No CGM sensor data for 24 hours"),
                    CGM_GLUCOSE,
                    Kind.MISSING,
                    0,
                    Duration.ofHours(24),
                    ATTENTION),
                new TrendRule(
                    "hba1c-missing",
                    Label.of("Nessuna HbA1c da 6 mesi", "No HbA1c result for 6 months"),
                    HBA1C,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(180),
                    ATTENTION)),
            alarmActions(),
            List.of(
                stage(
                    "cgm-onboarding",
                    "Avvio del sensore ed educazione",
                    "Sensor start and education",
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEVISIT),
                stage(
                    "cgm-follow-up",
                    "Follow-up con telemonitoraggio CGM",
                    "Follow-up with CGM telemonitoring",
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                stage(
                    "insulin-adjustment",
                    "Ottimizzazione della terapia insulinica",
                    "Insulin therapy optimisation",
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                raci(
                    "Presa in carico, PAI e soglie personalizzate",
                    "Enrolment, PAI and personalised thresholds",
                    "diabetologist",
                    Raci.ACCOUNTABLE),
                raci(
                    "Presa in carico, PAI e soglie personalizzate",
                    "Enrolment, PAI and personalised thresholds",
                    "MMG",
                    Raci.INFORMED),
                raci(
                    "Revisione dei dati CGM e degli allarmi",
                    "Review of CGM data and alarms",
                    "diabetes nurse",
                    Raci.RESPONSIBLE),
                raci(
                    "Revisione dei dati CGM e degli allarmi",
                    "Review of CGM data and alarms",
                    "diabetologist",
                    Raci.ACCOUNTABLE),
                raci(
                    "Modifica della terapia insulinica",
                    "Change of insulin therapy",
                    "diabetologist",
                    Raci.RESPONSIBLE),
                raci(
                    "Conteggio dei carboidrati",
                    "Carbohydrate counting",
                    "dietitian",
                    Raci.RESPONSIBLE),
                raci(
                    "Supporto territoriale e caregiver",
                    "Community and caregiver support",
                    "IFeC nurse",
                    Raci.CONSULTED)),
            List.of(CGM, GLUCOMETER),
            List.of(HYPO_CHECKLIST));
    return new ConditionDefinition(
        "type-1-diabetes-cgm",
        Label.of(
            "Diabete mellito di tipo 1 in terapia insulinica con CGM",
            "Type 1 diabetes mellitus on insulin with CGM"),
        protocol);
  }

  // ---------------------------------------------------------------- shared content

  private static MonitoredParameter capillaryGlucose() {
    return new MonitoredParameter(
        CAPILLARY_GLUCOSE,
        Label.of("Glicemia capillare (glucometro)", "Capillary blood glucose (glucometer)"),
        "mg/dL",
        20,
        600,
        Duration.ofDays(1),
        GLUCOSE_MOLAR_MASS);
  }

  private static MonitoredParameter hba1c() {
    return new MonitoredParameter(
        HBA1C,
        Label.of("Emoglobina glicata (HbA1c)", "Glycated haemoglobin (HbA1c)"),
        "%",
        3,
        20,
        Duration.ofDays(90));
  }

  private static List<AlarmAction> alarmActions() {
    return List.of(
        new AlarmAction(
            ATTENTION,
            List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
            Label.of(
                "L'infermiere contatta il paziente entro un giorno lavorativo: verifica tecnica di"
                    + " misura, alimentazione, attività fisica e aderenza alla terapia; ricorda la"
                    + " regola del 15 (15-20 g di glucosio, ricontrollo dopo 15 minuti) per"
                    + " glicemie sotto 70 mg/dL; segnala al medico alla prossima revisione.",
                "The nurse calls the patient within one working day: checks measuring technique,"
                    + " diet, physical activity and adherence to therapy; reminds the rule of 15"
                    + " (15-20 g of glucose, recheck after 15 minutes) for glucose below 70 mg/dL;"
                    + " reports to the physician at the next review.")),
        new AlarmAction(
            ALARM,
            List.of(Action.CALL_BY_NURSE, Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
            Label.of(
                "In giornata: l'infermiere verifica lo stato del paziente e la risoluzione"
                    + " dell'episodio (ipoglicemia sotto 54 mg/dL: glucosio 15-20 g e ricontrollo;"
                    + " iperglicemia sopra 250 mg/dL: idratazione e, se in insulina, chetoni); il"
                    + " medico di riferimento rivede la terapia con una televisita entro 48 ore.",
                "The same day: the nurse checks the patient's condition and that the episode has"
                    + " resolved (glucose below 54 mg/dL: 15-20 g of glucose and recheck; above"
                    + " 250 mg/dL: fluids and, if on insulin, ketones); the reference physician"
                    + " reviews therapy in a televisit within 48 hours.")),
        new AlarmAction(
            CRITICAL,
            List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
            Label.of(
                "Ipoglicemia grave (livello 3: alterazione dello stato mentale o fisico che"
                    + " richiede l'aiuto di altri): se l'episodio è in corso o il paziente non è"
                    + " completamente ripreso, il caregiver somministra glucagone se prescritto e si"
                    + " chiama il 118; dopo ogni episodio il medico contatta il paziente in giornata"
                    + " e rivede la terapia.",
                "Severe hypoglycaemia (level 3: altered mental or physical state requiring"
                    + " assistance): if the event is ongoing or the patient has not fully recovered,"
                    + " the caregiver gives glucagon if prescribed and 118 is called; after every"
                    + " event the physician calls the patient the same day and reviews therapy.")));
  }

  private static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            GLUCOMETER,
            Label.of("Glucometro con trasmissione Bluetooth", "Blood glucose meter with Bluetooth"),
            List.of(CAPILLARY_GLUCOSE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIb",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            CGM,
            Label.of(
                "Sensore per il monitoraggio continuo del glucosio (CGM)",
                "Continuous glucose monitoring (CGM) sensor"),
            List.of(CGM_GLUCOSE, CGM_TIME_IN_RANGE),
            Connectivity.VENDOR_PLATFORM,
            "IIb",
            MonitoringLevel.LEVEL_2),
        new DeviceType(
            BP_MONITOR,
            Label.of(
                "Sfigmomanometro automatico da braccio con Bluetooth",
                "Automatic upper-arm blood pressure monitor with Bluetooth"),
            List.of(SYSTOLIC_BP, DIASTOLIC_BP),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            SCALE,
            Label.of("Bilancia pesapersone con Bluetooth", "Bathroom scale with Bluetooth"),
            List.of(BODY_WEIGHT),
            Connectivity.BLUETOOTH_GATEWAY,
            "I",
            MonitoringLevel.LEVEL_1));
  }

  private static Questionnaire hypoglycaemiaChecklist() {
    return new Questionnaire(
        HYPO_CHECKLIST,
        Label.of("Checklist settimanale delle ipoglicemie", "Weekly hypoglycaemia checklist"),
        "CC BY 4.0, Regione Lombardia working group",
        "Regione Lombardia, gruppo di lavoro della rete diabetologica (2024), sui livelli di"
            + " ipoglicemia di ADA Standards of Care 2024 (sezione 6) e International Consensus on"
            + " Time in Range (Battelino 2019)",
        List.of(
            yesNo(
                "symptoms-or-low-reading",
                "Negli ultimi 7 giorni ha avuto una glicemia sotto 70 mg/dL o sintomi di"
                    + " ipoglicemia (sudorazione, tremore, palpitazioni, fame improvvisa)?",
                "In the last 7 days, did you have glucose below 70 mg/dL or symptoms of"
                    + " hypoglycaemia (sweating, shaking, palpitations, sudden hunger)?",
                1),
            yesNo(
                "neuroglycopenia",
                "Durante un'ipoglicemia ha avuto confusione, sonnolenza o difficoltà a parlare?",
                "During a hypoglycaemia, did you have confusion, drowsiness or difficulty"
                    + " speaking?",
                2),
            yesNo(
                "unawareness",
                "Ha trovato glicemie sotto 70 mg/dL senza avvertire alcun sintomo?",
                "Did you find glucose below 70 mg/dL without feeling any symptom?",
                2),
            yesNo(
                "needed-assistance",
                "Ha avuto bisogno dell'aiuto di un'altra persona per correggere l'ipoglicemia?",
                "Did you need another person's help to treat the hypoglycaemia?",
                10),
            yesNo(
                "unconsciousness-or-seizure",
                "Ha perso coscienza o ha avuto convulsioni durante un'ipoglicemia?",
                "Did you lose consciousness or have a seizure during a hypoglycaemia?",
                10)),
        List.of(
            new ScoreBand(
                0, 0, Label.of("Nessuna ipoglicemia riferita", "No hypoglycaemia reported"), null),
            new ScoreBand(
                1,
                1,
                Label.of("Ipoglicemia di livello 1 riferita", "Level 1 hypoglycaemia reported"),
                ATTENTION),
            new ScoreBand(
                2,
                9,
                Label.of(
                    "Ipoglicemia con sintomi neuroglicopenici o non avvertita",
                    "Hypoglycaemia with neuroglycopenic symptoms or impaired awareness"),
                ALARM),
            new ScoreBand(
                10,
                25,
                Label.of(
                    "Ipoglicemia grave (livello 3) riferita",
                    "Severe (level 3) hypoglycaemia reported"),
                CRITICAL)));
  }

  private static List<TariffHypothesis> tariffs() {
    return List.of(
        tariff(
            TelemedicineService.TELEVISIT,
            "22.00",
            "Ipotesi: per televisita di controllo, come la visita di controllo in presenza",
            "Hypothesis: per follow-up televisit, as the in-person follow-up visit"),
        tariff(
            TelemedicineService.TELECONSULT,
            "30.00",
            "Ipotesi: per teleconsulto MMG-diabetologo",
            "Hypothesis: per GP-diabetologist teleconsultation"),
        tariff(
            TelemedicineService.HEALTH_TELECONSULTANCY,
            "15.00",
            "Ipotesi: per teleconsulenza (infermiere, dietista)",
            "Hypothesis: per health teleconsultancy (nurse, dietitian)"),
        tariff(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            "Ipotesi: per sessione di teleassistenza educativa",
            "Hypothesis: per educational tele-assistance session"),
        tariff(
            TelemedicineService.TELECONTROL,
            "25.00",
            "Ipotesi: per ciclo di telecontrollo con almeno una videochiamata",
            "Hypothesis: per tele-control cycle with at least one video call"),
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "35.00",
            "Ipotesi: per paziente al mese, dispositivi ASST inclusi",
            "Hypothesis: per patient per month, ASST devices included"),
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_2,
            "45.00",
            "Ipotesi: per paziente al mese, sensore CGM escluso (fornitura protesica)",
            "Hypothesis: per patient per month, CGM sensor excluded (supplied separately)"));
  }

  private static List<Source> sources() {
    return List.of(
        new Source(
            ADA_2024,
            "ElSayed NA, Aleppo G, Bannuru RR, et al.; American Diabetes Association Professional"
                + " Practice Committee. Standards of Care in Diabetes-2024. Diabetes Care"
                + " 2024;47(Suppl 1) - sections 6 (Glycemic Goals and Hypoglycemia), 7 (Diabetes"
                + " Technology), 9 (Pharmacologic Approaches to Glycemic Treatment), 10"
                + " (Cardiovascular Disease and Risk Management)."),
        new Source(
            TIR_CONSENSUS,
            "Battelino T, Danne T, Bergenstal RM, et al. Clinical Targets for Continuous Glucose"
                + " Monitoring Data Interpretation: Recommendations From the International"
                + " Consensus on Time in Range. Diabetes Care 2019;42(8):1593-1603."),
        new Source(
            SID_AMD_2022,
            "Società Italiana di Diabetologia (SID), Associazione Medici Diabetologi (AMD). Linea"
                + " guida \"La terapia del diabete mellito di tipo 2\". Sistema Nazionale Linee"
                + " Guida, Istituto Superiore di Sanità; aggiornamento 2022."),
        new Source(
            CGM_EVENTS,
            "Battelino T, Alexander CM, Amiel SA, et al. Continuous glucose monitoring and metrics"
                + " for clinical trials: an international consensus statement. Lancet Diabetes"
                + " Endocrinol 2023;11(1):42-57 - a hypoglycaemia or hyperglycaemia event lasts at"
                + " least 15 consecutive minutes beyond the threshold."),
        new Source(
            GMI,
            "Bergenstal RM, Beck RW, Close KL, et al. Glucose Management Indicator (GMI): A New"
                + " Term for Estimating A1C From Continuous Glucose Monitoring. Diabetes Care"
                + " 2018;41(11):2275-2280 - GMI (%) = 3.31 + 0.02392 x mean glucose (mg/dL)."),
        new Source(
            TREND_ARROWS,
            "Aleppo G, Laffel LM, Ahmann AJ, et al. A Practical Approach to Using Trend Arrows on"
                + " the Dexcom G5 CGM System for the Management of Adults With Diabetes. J Endocr"
                + " Soc 2017;1(12):1445-1460."),
        new Source(
            HL7_CGM,
            "HL7 International, Orders and Observations Work Group. Continuous Glucose"
                + " Monitoring (CGM) FHIR Implementation Guide (LOINC codes of CGM sensor"
                + " readings and summary metrics)."),
        new Source(
            WORKING_GROUP,
            "Regione Lombardia, gruppo di lavoro della rete diabetologica: regole operative di"
                + " telemonitoraggio (finestre per dati mancanti, azioni per livello di allarme,"
                + " checklist delle ipoglicemie), IRT diabetes plug-in 1.0.0, 2024."));
  }

  // ---------------------------------------------------------------- helpers

  private static Criterion criterion(
      String id, String it, String en, String fact, Operator operator, String value) {
    return new Criterion(id, Label.of(it, en), fact, operator, List.of(value));
  }

  private static PathwayStage stage(
      String id, String it, String en, TelemedicineService... services) {
    return new PathwayStage(id, Label.of(it, en), Set.of(services));
  }

  private static RaciEntry raci(String it, String en, String professional, Raci part) {
    return new RaciEntry(Label.of(it, en), professional, part);
  }

  private static Item yesNo(String id, String it, String en, int yesScore) {
    return new Item(
        id,
        Label.of(it, en),
        AnswerType.YES_NO,
        List.of(
            new Option("yes", Label.of("Sì", "Yes"), yesScore),
            new Option("no", Label.of("No", "No"), 0)),
        null,
        null);
  }

  private static TariffHypothesis tariff(
      TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(service, new BigDecimal(euro), Label.of(it, en));
  }
}
