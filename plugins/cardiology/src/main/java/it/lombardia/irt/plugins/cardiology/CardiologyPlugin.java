package it.lombardia.irt.plugins.cardiology;

import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_NURSE;
import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_PHYSICIAN;
import static it.lombardia.irt.spi.content.AlarmAction.Action.EMERGENCY_118;
import static it.lombardia.irt.spi.content.AlarmAction.Action.HOME_VISIT;
import static it.lombardia.irt.spi.content.AlarmAction.Action.REVIEW_AT_NEXT_CONTACT;
import static it.lombardia.irt.spi.content.AlarmAction.Action.TELEVISIT;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.INFORMED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.RESPONSIBLE;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.ConditionDefinition;
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
 * The cardiology network of the Lombardy regional telemedicine infrastructure (seed 000 §5, point
 * 2: heart failure, hypertension, carriers of implantable cardiac devices). Every value is cited in
 * the README together with its source; values that no guideline fixes are marked there as
 * working-group values.
 */
public final class CardiologyPlugin implements ClinicalNetworkPlugin {

  /** LOINC: body weight. */
  public static final String BODY_WEIGHT = "29463-7";

  /** LOINC: systolic blood pressure. */
  public static final String SYSTOLIC = "8480-6";

  /** LOINC: diastolic blood pressure. */
  public static final String DIASTOLIC = "8462-4";

  /** LOINC: heart rate. */
  public static final String HEART_RATE = "8867-4";

  /** LOINC: oxygen saturation in arterial blood by pulse oximetry. */
  public static final String SPO2 = "59408-5";

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

  private static final String CARDIOLOGIST = "cardiologist";
  private static final String ELECTROPHYSIOLOGIST = "electrophysiologist";
  private static final String MMG = "MMG";
  private static final String IFEC_NURSE = "IFeC nurse";
  private static final String DEVICE_NURSE = "device-clinic nurse";
  private static final String COT = "COT";

  /** Used by the runtime through {@link java.util.ServiceLoader}. */
  public CardiologyPlugin() {}

  @Override
  public NetworkDefinition define() {
    return new NetworkDefinition(
        "cardiology",
        "1.1.0",
        "[1.1,2.0)",
        l("Rete di cardiologia", "Cardiology network"),
        List.of(heartFailure(), hypertension(), implantableDevices()),
        devices(),
        List.of(heartFailureChecklist()),
        tariffs(),
        sources());
  }

  // ---------------------------------------------------------------- heart failure

  private static ConditionDefinition heartFailure() {
    Protocol protocol =
        new Protocol(
            "heart-failure-telemonitoring",
            l(
                "Telemonitoraggio dello scompenso cardiaco cronico",
                "Telemonitoring of chronic heart failure"),
            List.of(ESC_HF_2021, WORKING_GROUP),
            List.of(
                criterion(
                    "hf-diagnosis",
                    "Diagnosi di scompenso cardiaco confermata secondo le linee guida ESC 2021"
                        + " (sintomi/segni, NT-proBNP, ecocardiogramma)",
                    "Heart failure diagnosis confirmed per the 2021 ESC guidelines"
                        + " (symptoms/signs, NT-proBNP, echocardiography)",
                    "hf-diagnosis",
                    Operator.IN,
                    "HFrEF",
                    "HFmrEF",
                    "HFpEF"),
                criterion(
                    "nyha-class",
                    "Classe NYHA II o III",
                    "NYHA class II or III",
                    "nyha-class",
                    Operator.IN,
                    "II",
                    "III"),
                criterion(
                    "recent-hf-event",
                    "Ricovero o accesso per scompenso negli ultimi 12 mesi",
                    "Hospitalisation or urgent visit for heart failure in the last 12 months",
                    "months-since-hf-event",
                    Operator.AT_MOST,
                    "12"),
                criterion(
                    "adult",
                    "Età di almeno 18 anni",
                    "Aged 18 or over",
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                criterion(
                    "consent",
                    "Consenso informato al telemonitoraggio",
                    "Informed consent to telemonitoring",
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                criterion(
                    "end-of-life",
                    "Paziente in cure palliative di fine vita (segue il percorso palliativo)",
                    "Patient in end-of-life palliative care (follows the palliative pathway)",
                    "end-of-life-care",
                    Operator.PRESENT),
                criterion(
                    "no-capable-user",
                    "Grave deterioramento cognitivo senza caregiver in grado di usare i"
                        + " dispositivi",
                    "Severe cognitive impairment with no caregiver able to use the devices",
                    "severe-cognitive-impairment-without-caregiver",
                    Operator.PRESENT),
                criterion(
                    "dialysis",
                    "Dialisi cronica (bilancio dei fluidi gestito dal centro dialisi)",
                    "Chronic dialysis (fluid balance managed by the dialysis centre)",
                    "chronic-dialysis",
                    Operator.PRESENT)),
            List.of(
                parameter(BODY_WEIGHT, "Peso corporeo", "Body weight", "kg", 25, 250, 1),
                parameter(
                    SYSTOLIC, "Pressione arteriosa sistolica", "Systolic blood pressure", 50, 280),
                parameter(
                    DIASTOLIC,
                    "Pressione arteriosa diastolica",
                    "Diastolic blood pressure",
                    20,
                    160),
                parameter(HEART_RATE, "Frequenza cardiaca", "Heart rate", "/min", 20, 250, 1),
                parameter(
                    SPO2,
                    "Saturazione di ossigeno (pulsossimetria)",
                    "Oxygen saturation (pulse oximetry)",
                    "%",
                    50,
                    100,
                    1)),
            List.of(
                new Threshold(SYSTOLIC, ATTENTION, BELOW, 100, 90, 110),
                new Threshold(SYSTOLIC, ALARM, BELOW, 90, 80, 100),
                new Threshold(SYSTOLIC, CRITICAL, BELOW, 80, 70, 85),
                new Threshold(SYSTOLIC, ATTENTION, ABOVE, 160, 140, 180),
                new Threshold(SYSTOLIC, ALARM, ABOVE, 180, 160, 200),
                new Threshold(HEART_RATE, ATTENTION, ABOVE, 100, 90, 120),
                new Threshold(HEART_RATE, ALARM, ABOVE, 120, 100, 140),
                new Threshold(HEART_RATE, ATTENTION, BELOW, 50, 40, 60),
                new Threshold(HEART_RATE, ALARM, BELOW, 40, 30, 50),
                new Threshold(SPO2, ATTENTION, BELOW, 92, 88, 95),
                new Threshold(SPO2, ALARM, BELOW, 90, 85, 92),
                new Threshold(SPO2, CRITICAL, BELOW, 85, 80, 88)),
            List.of(
                new TrendRule(
                    "weight-gain-3-days",
                    l(
                        "Aumento di peso di 2 kg o più in 3 giorni (ESC 2021)",
                        "Weight gain of 2 kg or more within 3 days (ESC 2021)"),
                    BODY_WEIGHT,
                    Kind.RISE,
                    2.0,
                    Duration.ofHours(72),
                    ALARM),
                new TrendRule(
                    "weight-gain-1-day",
                    l(
                        "Aumento di peso di 1,5 kg o più in 24 ore",
                        "Weight gain of 1.5 kg or more within 24 hours"),
                    BODY_WEIGHT,
                    Kind.RISE,
                    1.5,
                    Duration.ofHours(24),
                    ALARM),
                new TrendRule(
                    "weight-missing",
                    l("Nessuna pesata da 48 ore", "No weight reading for 48 hours"),
                    BODY_WEIGHT,
                    Kind.MISSING,
                    0,
                    Duration.ofHours(48),
                    ATTENTION),
                new TrendRule(
                    "blood-pressure-missing",
                    l(
                        "Nessuna misurazione della pressione da 72 ore",
                        "No blood pressure reading for 72 hours"),
                    SYSTOLIC,
                    Kind.MISSING,
                    0,
                    Duration.ofHours(72),
                    ATTENTION)),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(CALL_BY_NURSE, REVIEW_AT_NEXT_CONTACT),
                    l(
                        "L'infermiere di famiglia e comunità chiama il paziente entro la giornata"
                            + " lavorativa: ripete la misura, verifica aderenza alla terapia,"
                            + " dieta e liquidi, sintomi (checklist); informa il cardiologo alla"
                            + " revisione successiva.",
                        "The family and community nurse calls the patient within the working"
                            + " day: repeats the reading, checks adherence to drugs, diet and"
                            + " fluids and the symptoms (checklist); informs the cardiologist at"
                            + " the next review.")),
                new AlarmAction(
                    ALARM,
                    List.of(CALL_BY_PHYSICIAN, TELEVISIT, HOME_VISIT),
                    l(
                        "Il cardiologo (o il MMG) contatta il paziente entro 24 ore e valuta una"
                            + " televisita: adeguamento del diuretico secondo il PAI, esami"
                            + " (funzione renale, elettroliti); visita domiciliare dell'IFeC se"
                            + " necessaria.",
                        "The cardiologist (or the GP) contacts the patient within 24 hours and"
                            + " considers a televisit: diuretic adjustment per the care plan,"
                            + " blood tests (renal function, electrolytes); home visit by the"
                            + " IFeC nurse if needed.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(EMERGENCY_118, CALL_BY_PHYSICIAN),
                    l(
                        "Chiamare subito il 112 (NUE, centrale AREU 118) se dispnea a riposo,"
                            + " dolore toracico, sincope o confusione; altrimenti il medico"
                            + " chiama immediatamente il paziente e decide l'invio in Pronto"
                            + " Soccorso.",
                        "Call 112 (single emergency number, AREU 118 dispatch) at once in case"
                            + " of breathlessness at rest, chest pain, syncope or confusion;"
                            + " otherwise the physician calls the patient immediately and"
                            + " decides on referral to the emergency department."))),
            List.of(
                stage(
                    "post-discharge",
                    "Post-dimissione (primi 90 giorni dopo un ricovero per scompenso)",
                    "Post-discharge (first 90 days after a heart-failure hospitalisation)",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                stage(
                    "therapy-optimisation",
                    "Ottimizzazione della terapia (titolazione dei farmaci raccomandati)",
                    "Therapy optimisation (up-titration of guideline-directed drugs)",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                stage(
                    "stable-follow-up",
                    "Follow-up del paziente stabile",
                    "Stable follow-up",
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                raci(
                    "Arruolamento e PAI con soglie personalizzate",
                    "Enrolment and care plan" + " with personalised thresholds",
                    CARDIOLOGIST,
                    ACCOUNTABLE),
                raci(
                    "Arruolamento e PAI con soglie personalizzate",
                    "Enrolment and care plan with personalised thresholds",
                    MMG,
                    CONSULTED),
                raci(
                    "Consegna dei dispositivi e presa in carico territoriale",
                    "Device delivery and hand-over to community care",
                    COT,
                    RESPONSIBLE),
                raci(
                    "Educazione del paziente e del caregiver all'automisurazione",
                    "Patient and caregiver education on self-measurement",
                    IFEC_NURSE,
                    RESPONSIBLE),
                raci(
                    "Revisione quotidiana delle misure e triage degli allarmi",
                    "Daily review of readings and alarm triage",
                    IFEC_NURSE,
                    RESPONSIBLE),
                raci(
                    "Revisione quotidiana delle misure e triage degli allarmi",
                    "Daily review of readings and alarm triage",
                    CARDIOLOGIST,
                    ACCOUNTABLE),
                raci(
                    "Televisita e modifica della terapia",
                    "Televisit and therapy changes",
                    CARDIOLOGIST,
                    RESPONSIBLE),
                raci(
                    "Televisita e modifica della terapia",
                    "Televisit and therapy changes",
                    MMG,
                    INFORMED)),
            List.of(SCALE, BP_MONITOR, OXIMETER, ECG_PATCH),
            List.of(HF_CHECKLIST));
    return new ConditionDefinition(
        "heart-failure", l("Scompenso cardiaco", "Heart failure"), protocol);
  }

  // ---------------------------------------------------------------- hypertension

  private static ConditionDefinition hypertension() {
    Protocol protocol =
        new Protocol(
            "hypertension-home-monitoring",
            l(
                "Telemonitoraggio domiciliare della pressione arteriosa",
                "Home blood pressure telemonitoring"),
            List.of(ESH_2023, ESC_ESH_2018, ESH_BPM_2021, WORKING_GROUP),
            List.of(
                criterion(
                    "hypertension-status",
                    "Ipertensione da confermare, non controllata o in titolazione della terapia",
                    "Hypertension to be confirmed, uncontrolled, or under treatment titration",
                    "hypertension-status",
                    Operator.IN,
                    "suspected",
                    "uncontrolled",
                    "titration"),
                criterion(
                    "adult",
                    "Età di almeno 18 anni",
                    "Aged 18 or over",
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                criterion(
                    "able-to-measure",
                    "Paziente o caregiver addestrato all'automisurazione della pressione",
                    "Patient or caregiver trained in home blood pressure measurement",
                    "hbpm-training",
                    Operator.PRESENT),
                criterion(
                    "consent",
                    "Consenso informato al telemonitoraggio",
                    "Informed consent to telemonitoring",
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                criterion(
                    "pregnancy",
                    "Gravidanza (segue il percorso dell'ipertensione in gravidanza)",
                    "Pregnancy (follows the hypertension-in-pregnancy pathway)",
                    "pregnancy",
                    Operator.PRESENT),
                criterion(
                    "hypertensive-emergency",
                    "Emergenza ipertensiva in corso (danno d'organo acuto): gestione in urgenza",
                    "Ongoing hypertensive emergency (acute organ damage): emergency care",
                    "hypertensive-emergency",
                    Operator.PRESENT)),
            List.of(
                parameter(
                    SYSTOLIC, "Pressione arteriosa sistolica", "Systolic blood pressure", 50, 280),
                parameter(
                    DIASTOLIC,
                    "Pressione arteriosa diastolica",
                    "Diastolic blood pressure",
                    20,
                    160),
                parameter(HEART_RATE, "Frequenza cardiaca", "Heart rate", "/min", 20, 250, 1)),
            List.of(
                new Threshold(SYSTOLIC, ATTENTION, ABOVE, 135, 125, 145),
                new Threshold(SYSTOLIC, ALARM, ABOVE, 160, 150, 170),
                new Threshold(SYSTOLIC, CRITICAL, ABOVE, 180, 170, 200),
                new Threshold(DIASTOLIC, ATTENTION, ABOVE, 85, 80, 90),
                new Threshold(DIASTOLIC, ALARM, ABOVE, 100, 95, 105),
                new Threshold(DIASTOLIC, CRITICAL, ABOVE, 110, 105, 120),
                new Threshold(SYSTOLIC, ATTENTION, BELOW, 100, 90, 110)),
            List.of(
                new TrendRule(
                    "blood-pressure-missing",
                    l(
                        "Nessuna misurazione della pressione da 7 giorni",
                        "No blood pressure reading for 7 days"),
                    SYSTOLIC,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(7),
                    ATTENTION)),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(REVIEW_AT_NEXT_CONTACT, CALL_BY_NURSE),
                    l(
                        "Una singola misura non è diagnostica: la media delle misure domiciliari"
                            + " (2 al mattino e 2 alla sera per 7 giorni) ≥135/85 mmHg indica"
                            + " ipertensione non controllata e si rivede al contatto successivo;"
                            + " l'infermiere chiama se mancano misure o se la sistolica è <100"
                            + " mmHg con sintomi.",
                        "A single reading is not diagnostic: a mean of home readings (2 morning"
                            + " and 2 evening over 7 days) ≥135/85 mmHg means uncontrolled"
                            + " hypertension and is reviewed at the next contact; the nurse calls"
                            + " if readings are missing or systolic is <100 mmHg with"
                            + " symptoms.")),
                new AlarmAction(
                    ALARM,
                    List.of(CALL_BY_NURSE, CALL_BY_PHYSICIAN),
                    l(
                        "L'infermiere fa ripetere la misura dopo 5 minuti di riposo; se confermata"
                            + " (≥160/100 mmHg) il MMG rivede la terapia entro pochi giorni.",
                        "The nurse has the reading repeated after 5 minutes' rest; if confirmed"
                            + " (≥160/100 mmHg) the GP reviews treatment within a few days.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(CALL_BY_PHYSICIAN, EMERGENCY_118),
                    l(
                        "Pressione ≥180/110 mmHg: il medico chiama il paziente in giornata. Se"
                            + " presenti dolore toracico, dispnea, deficit neurologici, disturbi"
                            + " visivi o cefalea intensa (sospetta emergenza ipertensiva)"
                            + " chiamare il 112 (NUE, AREU 118).",
                        "Blood pressure ≥180/110 mmHg: the physician calls the patient the same"
                            + " day. With chest pain, breathlessness, neurological deficits,"
                            + " visual disturbance or severe headache (suspected hypertensive"
                            + " emergency) call 112 (single emergency number, AREU 118)."))),
            List.of(
                stage(
                    "diagnosis-confirmation",
                    "Conferma diagnostica con automisurazione domiciliare di 7 giorni",
                    "Diagnosis confirmation with 7-day home blood pressure monitoring",
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                stage(
                    "treatment-titration",
                    "Avvio e titolazione della terapia",
                    "Treatment start and titration",
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                stage(
                    "stable-follow-up",
                    "Follow-up del paziente controllato",
                    "Follow-up of the controlled patient",
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELECONSULT)),
            List.of(
                raci(
                    "Arruolamento, PAI e terapia",
                    "Enrolment, care plan and treatment",
                    MMG,
                    ACCOUNTABLE),
                raci(
                    "Ipertensione resistente o danno d'organo: teleconsulto",
                    "Resistant hypertension or organ damage: teleconsultation",
                    CARDIOLOGIST,
                    CONSULTED),
                raci(
                    "Addestramento all'automisurazione e revisione delle misure",
                    "Training in home measurement and review of readings",
                    IFEC_NURSE,
                    RESPONSIBLE),
                raci(
                    "Consegna e ritiro dello sfigmomanometro",
                    "Delivery and collection of the blood pressure monitor",
                    COT,
                    RESPONSIBLE)),
            List.of(BP_MONITOR),
            List.of());
    return new ConditionDefinition(
        "hypertension", l("Ipertensione arteriosa", "Arterial hypertension"), protocol);
  }

  // ---------------------------------------------------------------- implantable cardiac devices

  private static ConditionDefinition implantableDevices() {
    Protocol protocol =
        new Protocol(
            "cied-remote-monitoring",
            l(
                "Controllo remoto dei dispositivi cardiaci impiantabili (telemonitoraggio di"
                    + " livello 2)",
                "Remote monitoring of cardiac implantable electronic devices (level-2"
                    + " telemonitoring)"),
            List.of(
                HRS_2015,
                HRS_2023,
                ESC_PACING_2021,
                ESC_AF_2020,
                TRENDS_2009,
                IEEE_IDC,
                CARDX_CIED,
                WORKING_GROUP),
            List.of(
                criterion(
                    "cied-type",
                    "Portatore di pacemaker, ICD o dispositivo per resincronizzazione (CRT-P,"
                        + " CRT-D)",
                    "Carrier of a pacemaker, ICD or resynchronisation device (CRT-P, CRT-D)",
                    "cied-type",
                    Operator.IN,
                    "PM",
                    "ICD",
                    "CRT-P",
                    "CRT-D"),
                criterion(
                    "transmitter",
                    "Trasmettitore domiciliare o app del produttore attivati",
                    "Vendor home transmitter or app activated",
                    "cied-transmitter-active",
                    Operator.PRESENT),
                criterion(
                    "consent",
                    "Consenso informato al controllo remoto",
                    "Informed consent to remote monitoring",
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                criterion(
                    "vendor-not-connected",
                    "Piattaforma del produttore non collegata a IRT (FHIR): resta il controllo"
                        + " ambulatoriale",
                    "Vendor platform not connected to IRT (FHIR): in-clinic follow-up only",
                    "vendor-platform-connected",
                    Operator.ABSENT)),
            List.of(
                parameter(
                    HEART_RATE,
                    "Frequenza cardiaca media registrata dal dispositivo",
                    "Mean heart rate recorded by the device",
                    "/min",
                    20,
                    250,
                    1),
                parameter(
                    BATTERY_LONGEVITY,
                    "Longevità residua stimata della batteria",
                    "Estimated remaining battery longevity",
                    "mo",
                    0,
                    240,
                    1),
                parameter(
                    RV_LEAD_IMPEDANCE,
                    "Impedenza di stimolazione dell'elettrocatetere ventricolare destro",
                    "Right-ventricular lead pacing impedance",
                    "Ohm",
                    0,
                    10000,
                    1),
                parameter(
                    AF_BURDEN,
                    "Carico di tachiaritmie atriali/fibrillazione atriale (AT/AF burden)",
                    "Atrial tachyarrhythmia/atrial fibrillation burden (AT/AF burden)",
                    "%",
                    0,
                    100,
                    1),
                parameter(
                    SHOCKS_DELIVERED,
                    "Shock erogati dal defibrillatore dall'ultima trasmissione",
                    "Shocks delivered by the defibrillator since the last transmission",
                    "{#}",
                    0,
                    100,
                    1),
                parameter(
                    ATP_DELIVERED,
                    "Terapie antitachicardiche (ATP) erogate dall'ultima trasmissione",
                    "Anti-tachycardia pacing (ATP) therapies since the last transmission",
                    "{#}",
                    0,
                    1000,
                    1)),
            List.of(
                new Threshold(BATTERY_LONGEVITY, ATTENTION, BELOW, 6, 4, 12),
                new Threshold(BATTERY_LONGEVITY, ALARM, BELOW, 3, 1, 4),
                new Threshold(RV_LEAD_IMPEDANCE, ALARM, BELOW, 200, 150, 300),
                new Threshold(RV_LEAD_IMPEDANCE, ALARM, ABOVE, 2000, 1500, 3000),
                new Threshold(AF_BURDEN, ATTENTION, ABOVE, 1, 0.5, 5),
                new Threshold(AF_BURDEN, ALARM, ABOVE, 25, 10, 50),
                new Threshold(ATP_DELIVERED, ALARM, ABOVE, 1, 1, 3),
                new Threshold(SHOCKS_DELIVERED, ALARM, ABOVE, 1, 1, 1),
                new Threshold(SHOCKS_DELIVERED, CRITICAL, ABOVE, 2, 2, 3)),
            List.of(
                new TrendRule(
                    "transmission-missing",
                    l(
                        "Nessuna trasmissione dal dispositivo da 7 giorni (paziente"
                            + " disconnesso)",
                        "No transmission from the device for 7 days (disconnected patient)"),
                    BATTERY_LONGEVITY,
                    Kind.MISSING,
                    0,
                    Duration.ofDays(7),
                    ATTENTION),
                new TrendRule(
                    "rv-impedance-rise",
                    l(
                        "Aumento dell'impedenza ventricolare destra di 300 Ohm o più in 14"
                            + " giorni (sospetta frattura del conduttore)",
                        "Right-ventricular impedance rise of 300 Ohm or more within 14 days"
                            + " (suspected conductor fracture)"),
                    RV_LEAD_IMPEDANCE,
                    Kind.RISE,
                    300,
                    Duration.ofDays(14),
                    ALARM),
                new TrendRule(
                    "rv-impedance-fall",
                    l(
                        "Calo dell'impedenza ventricolare destra di 300 Ohm o più in 14"
                            + " giorni (sospetto danno dell'isolante)",
                        "Right-ventricular impedance fall of 300 Ohm or more within 14 days"
                            + " (suspected insulation breach)"),
                    RV_LEAD_IMPEDANCE,
                    Kind.FALL,
                    300,
                    Duration.ofDays(14),
                    ALARM)),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(CALL_BY_NURSE, REVIEW_AT_NEXT_CONTACT),
                    l(
                        "Allerte non urgenti della piattaforma del produttore: primo riscontro"
                            + " di episodi atriali ad alta frequenza o aumento del carico di"
                            + " fibrillazione atriale (valutare con il cardiologo la terapia"
                            + " anticoagulante); longevità residua della batteria di 6 mesi o"
                            + " meno (pianificare la sostituzione); paziente disconnesso da 7"
                            + " giorni"
                            + " (l'infermiere del centro dispositivi ripristina la"
                            + " trasmissione). Revisione entro alcuni giorni lavorativi.",
                        "Non-urgent vendor-platform alerts: first detection of atrial high-rate"
                            + " episodes or a rise in atrial fibrillation burden (assess"
                            + " anticoagulation with the cardiologist); remaining battery"
                            + " longevity of 6 months or less (plan the replacement); patient"
                            + " disconnected for"
                            + " 7 days (the device-clinic nurse restores transmission). Review"
                            + " within a few working days.")),
                new AlarmAction(
                    ALARM,
                    List.of(CALL_BY_PHYSICIAN, TELEVISIT),
                    l(
                        "Allerte da valutare entro il giorno lavorativo successivo: impedenza"
                            + " dell'elettrocatetere fuori range (sospetta disfunzione),"
                            + " batteria all'indicatore di sostituzione elettiva (ERI/RRT:"
                            + " programmare la sostituzione), tachicardia ventricolare trattata"
                            + " con ATP, singolo shock in paziente asintomatico, perdita della"
                            + " stimolazione biventricolare, alta risposta ventricolare in"
                            + " fibrillazione atriale.",
                        "Alerts to assess by the next working day: lead impedance out of range"
                            + " (suspected lead failure), battery at elective replacement"
                            + " indicator (ERI/RRT: schedule replacement), ventricular"
                            + " tachycardia treated by ATP, a single shock in an asymptomatic"
                            + " patient, loss of biventricular pacing, fast ventricular rate"
                            + " during atrial fibrillation.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(CALL_BY_PHYSICIAN, EMERGENCY_118),
                    l(
                        "Più shock in 24 ore, tempesta aritmica (≥3 aritmie ventricolari"
                            + " sostenute in 24 ore), qualsiasi shock con sintomi, fine vita"
                            + " della batteria (EOS) o disfunzione dell'elettrocatetere in"
                            + " paziente pacemaker-dipendente: il medico chiama subito; se"
                            + " sintomi chiamare il 112 (NUE, AREU 118).",
                        "Two or more shocks in 24 hours, electrical storm (≥3 sustained"
                            + " ventricular arrhythmias in 24 hours), any shock with symptoms,"
                            + " battery end of service (EOS) or lead failure in a"
                            + " pacemaker-dependent patient: the physician calls at once; with"
                            + " symptoms call 112 (single emergency number, AREU 118)."))),
            List.of(
                stage(
                    "post-implant",
                    "Post-impianto: attivazione del controllo remoto entro 2 settimane dall'impianto",
                    "Post-implant: remote monitoring enrolment within 2 weeks of implantation",
                    TelemedicineService.TELEMONITORING_LEVEL_2),
                stage(
                    "remote-follow-up",
                    "Follow-up remoto programmato (controllo in presenza almeno annuale)",
                    "Scheduled remote follow-up (in-person check at least yearly)",
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT),
                stage(
                    "alert-management",
                    "Gestione delle allerte",
                    "Alert management",
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT)),
            List.of(
                raci(
                    "Arruolamento al controllo remoto e attivazione del trasmettitore",
                    "Enrolment in remote monitoring and transmitter activation",
                    DEVICE_NURSE,
                    RESPONSIBLE),
                raci(
                    "Arruolamento al controllo remoto e attivazione del trasmettitore",
                    "Enrolment in remote monitoring and transmitter activation",
                    ELECTROPHYSIOLOGIST,
                    ACCOUNTABLE),
                raci(
                    "Triage delle allerte della piattaforma del produttore",
                    "Triage of vendor-platform alerts",
                    DEVICE_NURSE,
                    RESPONSIBLE),
                raci(
                    "Decisioni cliniche dopo un'allerta (programmazione, farmaci,"
                        + " anticoagulazione)",
                    "Clinical decisions after an alert (programming, drugs, anticoagulation)",
                    ELECTROPHYSIOLOGIST,
                    ACCOUNTABLE),
                raci(
                    "Decisioni cliniche dopo un'allerta (programmazione, farmaci,"
                        + " anticoagulazione)",
                    "Clinical decisions after an alert (programming, drugs, anticoagulation)",
                    CARDIOLOGIST,
                    CONSULTED),
                raci(
                    "Esito delle trasmissioni e delle allerte",
                    "Outcome of transmissions and alerts",
                    MMG,
                    INFORMED)),
            List.of(CIED_REMOTE),
            List.of());
    return new ConditionDefinition(
        "implantable-cardiac-devices",
        l(
            "Portatori di dispositivi cardiaci impiantabili (CIED)",
            "Carriers of cardiac implantable electronic devices (CIED)"),
        protocol);
  }

  // ---------------------------------------------------------------- catalog

  private static List<DeviceType> devices() {
    return List.of(
        new DeviceType(
            BP_MONITOR,
            l(
                "Sfigmomanometro automatico da braccio validato (ESH/AAMI/ISO 81060-2)",
                "Validated automatic upper-arm blood pressure monitor (ESH/AAMI/ISO 81060-2)"),
            List.of(SYSTOLIC, DIASTOLIC, HEART_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            SCALE,
            l("Bilancia pesapersone connessa", "Connected personal scale"),
            List.of(BODY_WEIGHT),
            Connectivity.BLUETOOTH_GATEWAY,
            "I",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            OXIMETER,
            l("Pulsossimetro da dito per misure spot", "Fingertip spot-check pulse oximeter"),
            List.of(SPO2, HEART_RATE),
            Connectivity.BLUETOOTH_GATEWAY,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            ECG_PATCH,
            l("Cerotto ECG a singola derivazione", "Single-lead ECG patch"),
            List.of(HEART_RATE),
            Connectivity.CELLULAR,
            "IIa",
            MonitoringLevel.LEVEL_1),
        new DeviceType(
            CIED_REMOTE,
            l(
                "Dispositivo cardiaco impiantabile (PM, ICD, CRT) con controllo remoto tramite"
                    + " piattaforma del produttore",
                "Cardiac implantable electronic device (PM, ICD, CRT) with remote monitoring"
                    + " through the vendor platform"),
            List.of(
                HEART_RATE,
                BATTERY_LONGEVITY,
                RV_LEAD_IMPEDANCE,
                AF_BURDEN,
                SHOCKS_DELIVERED,
                ATP_DELIVERED),
            Connectivity.VENDOR_PLATFORM,
            "III",
            MonitoringLevel.LEVEL_2));
  }

  private static Questionnaire heartFailureChecklist() {
    return new Questionnaire(
        HF_CHECKLIST,
        l("Checklist quotidiana dei sintomi di scompenso", "Daily heart-failure symptom checklist"),
        "CC BY 4.0, Regione Lombardia cardiology working group",
        "Regione Lombardia, regional cardiology working group, IRT protocol 1.0.0; items drawn"
            + " from the warning signs for patient self-care in the 2021 ESC heart failure"
            + " guidelines",
        List.of(
            yesNo(
                "dyspnoea",
                "Oggi ha più affanno del solito, a riposo o nelle attività abituali?",
                "Are you more breathless than usual today, at rest or in usual activities?",
                2),
            yesNo(
                "orthopnoea",
                "Questa notte ha avuto bisogno di più cuscini o si è svegliato senza fiato?",
                "Last night did you need more pillows or wake up breathless?",
                2),
            yesNo(
                "oedema",
                "Il gonfiore di caviglie o gambe è aumentato?",
                "Has the swelling of your ankles or legs increased?",
                1),
            yesNo(
                "fatigue",
                "Si sente più stanco o meno capace di svolgere le attività quotidiane?",
                "Do you feel more tired or less able to do your daily activities?",
                1),
            yesNo(
                "dizziness",
                "Ha avuto capogiri o svenimenti?",
                "Have you had dizziness or fainting?",
                2),
            yesNo(
                "palpitations",
                "Ha avvertito palpitazioni o battito irregolare?",
                "Have you felt palpitations or an irregular heartbeat?",
                1)),
        List.of(
            new ScoreBand(0, 1, l("Stabile: nessuna azione", "Stable: no action"), null),
            new ScoreBand(
                2,
                3,
                l("Peggioramento lieve: chiamata dell'infermiere", "Mild worsening: nurse call"),
                ATTENTION),
            new ScoreBand(
                4,
                9,
                l(
                    "Peggioramento: valutazione medica entro 24 ore",
                    "Worsening: medical assessment within 24 hours"),
                ALARM)));
  }

  private static List<TariffHypothesis> tariffs() {
    return List.of(
        tariff(
            TelemedicineService.TELEVISIT,
            "22.00",
            "Ipotesi: come la visita cardiologica di controllo in presenza",
            "Hypothesis: priced like the in-person cardiology follow-up visit"),
        tariff(
            TelemedicineService.TELECONSULT,
            "25.00",
            "Ipotesi: per teleconsulto specialistico refertato (relazione collaborativa)",
            "Hypothesis: per specialist teleconsultation with collaborative report"),
        tariff(
            TelemedicineService.TELEASSISTANCE,
            "15.00",
            "Ipotesi: per sessione infermieristica programmata",
            "Hypothesis: per scheduled nursing session"),
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_1,
            "40.00",
            "Ipotesi: per paziente al mese, dispositivi ASST e revisione delle misure inclusi",
            "Hypothesis: per patient per month, ASST devices and review of readings included"),
        tariff(
            TelemedicineService.TELEMONITORING_LEVEL_2,
            "30.00",
            "Ipotesi: per paziente al mese per la gestione delle trasmissioni e delle allerte"
                + " (il servizio del produttore è incluso nella fornitura del dispositivo)",
            "Hypothesis: per patient per month for handling transmissions and alerts (the"
                + " vendor service is part of the device supply)"),
        tariff(
            TelemedicineService.TELECONTROL,
            "35.00",
            "Ipotesi: per ciclo di 30 giorni, almeno una videochiamata inclusa",
            "Hypothesis: per 30-day cycle, at least one video call included"));
  }

  private static List<Source> sources() {
    return List.of(
        new Source(
            ESC_HF_2021,
            "McDonagh TA, Metra M, Adamo M, et al. 2021 ESC Guidelines for the diagnosis and"
                + " treatment of acute and chronic heart failure. Eur Heart J."
                + " 2021;42(36):3599-3726. doi:10.1093/eurheartj/ehab368"),
        new Source(
            ESH_2023,
            "Mancia G, Kreutz R, Brunström M, et al. 2023 ESH Guidelines for the management of"
                + " arterial hypertension. J Hypertens. 2023;41(12):1874-2071."
                + " doi:10.1097/HJH.0000000000003480"),
        new Source(
            ESC_ESH_2018,
            "Williams B, Mancia G, Spiering W, et al. 2018 ESC/ESH Guidelines for the management"
                + " of arterial hypertension. Eur Heart J. 2018;39(33):3021-3104."
                + " doi:10.1093/eurheartj/ehy339"),
        new Source(
            ESH_BPM_2021,
            "Stergiou GS, Palatini P, Parati G, et al. 2021 European Society of Hypertension"
                + " practice guidelines for office and out-of-office blood pressure measurement."
                + " J Hypertens. 2021;39(7):1293-1302."),
        new Source(
            HRS_2015,
            "Slotwiner D, Varma N, Akar JG, et al. HRS Expert Consensus Statement on remote"
                + " interrogation and monitoring for cardiovascular implantable electronic"
                + " devices. Heart Rhythm. 2015;12(7):e69-e100. doi:10.1016/j.hrthm.2015.05.008"),
        new Source(
            HRS_2023,
            "Ferrick AM, Raj SR, Deneke T, et al. 2023 HRS/EHRA/APHRS/LAHRS expert consensus"
                + " statement on practical management of the remote device clinic. Heart Rhythm."
                + " 2023;20(9). doi:10.1016/j.hrthm.2023.03.1525 (also J Arrhythm."
                + " 2023;39(3):250-302, doi:10.1002/joa3.12851)"),
        new Source(
            ESC_PACING_2021,
            "Glikson M, Nielsen JC, Kronborg MB, et al. 2021 ESC Guidelines on cardiac pacing"
                + " and cardiac resynchronization therapy. Eur Heart J. 2021;42(35):3427-3520."
                + " doi:10.1093/eurheartj/ehab364"),
        new Source(
            ESC_AF_2020,
            "Hindricks G, Potpara T, Dagres N, et al. 2020 ESC Guidelines for the diagnosis and"
                + " management of atrial fibrillation. Eur Heart J. 2021;42(5):373-498."
                + " doi:10.1093/eurheartj/ehaa612"),
        new Source(
            TRENDS_2009,
            "Glotzer TV, Daoud EG, Wyse DG, et al. The relationship between daily atrial"
                + " tachyarrhythmia burden from implantable device diagnostics and stroke risk:"
                + " the TRENDS study. Circ Arrhythm Electrophysiol. 2009;2(5):474-480."
                + " doi:10.1161/CIRCEP.109.849638"),
        new Source(
            IEEE_IDC,
            "IEEE 11073-10103-2012. Health informatics - Point-of-care medical device"
                + " communication - Part 10103: Nomenclature - Implantable device, cardiac."
                + " IEEE; 2012 (MDC codes, FHIR system urn:iso:std:iso:11073:10101)"),
        new Source(
            CARDX_CIED,
            "HL7 International Clinical Interoperability Council. CardX - Cardiac Implantable"
                + " Electronic Devices (HL7 FHIR IG, STU 1 and continuous build 2.0.0): IDCO"
                + " collection Bundle and IdcoObservation profile."
                + " http://hl7.org/fhir/uv/cardx-cied (source: github.com/HL7/CardX-CIED)"),
        new Source(
            WORKING_GROUP,
            "Regione Lombardia, regional cardiology working group (seed 000 §5): operational"
                + " values of the IRT cardiology protocols, version 1.1.0, where the guidelines"
                + " give no number (alarm levels, personalisable ranges, missing-data gaps)."));
  }

  // ---------------------------------------------------------------- helpers

  private static Label l(String it, String en) {
    return Label.of(it, en);
  }

  private static Criterion criterion(
      String id, String it, String en, String fact, Operator operator, String... values) {
    return new Criterion(id, l(it, en), fact, operator, List.of(values));
  }

  /** A blood pressure component, in mm[Hg], expected daily. */
  private static MonitoredParameter parameter(
      String code, String it, String en, double min, double max) {
    return parameter(code, it, en, "mm[Hg]", min, max, 1);
  }

  private static MonitoredParameter parameter(
      String code, String it, String en, String unit, double min, double max, int everyDays) {
    return new MonitoredParameter(code, l(it, en), unit, min, max, Duration.ofDays(everyDays));
  }

  private static PathwayStage stage(
      String id, String it, String en, TelemedicineService first, TelemedicineService... others) {
    return new PathwayStage(id, l(it, en), EnumSet.of(first, others));
  }

  private static RaciEntry raci(String it, String en, String professional, RaciEntry.Raci part) {
    return new RaciEntry(l(it, en), professional, part);
  }

  private static Item yesNo(String id, String it, String en, int yesScore) {
    return new Item(
        id,
        l(it, en),
        AnswerType.YES_NO,
        List.of(new Option("yes", l("Sì", "Yes"), yesScore), new Option("no", l("No", "No"), 0)),
        null,
        null);
  }

  private static TariffHypothesis tariff(
      TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(service, new BigDecimal(euro), l(it, en));
  }
}
