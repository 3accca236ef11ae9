package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.INFORMED;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.RESPONSIBLE;
import static it.lombardia.irt.spi.content.TelemedicineService.HEALTH_TELECONSULTANCY;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEASSISTANCE;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONSULT;
import static it.lombardia.irt.spi.content.TelemedicineService.TELECONTROL;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEMONITORING_LEVEL_1;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.DeviceType;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * The neurology network (Rete Patologie Neurologiche): secondary prevention after stroke or TIA,
 * epilepsy and Parkinson's disease. Every value and its source is listed in the module's README.
 */
public final class NeurologyPlugin implements ClinicalNetworkPlugin {

  // LOINC codes (HL7 FHIR R4 vital signs).
  static final String BP_PANEL = "85354-9";
  static final String SYSTOLIC = "8480-6";
  static final String DIASTOLIC = "8462-4";
  static final String HEART_RATE = "8867-4";

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
        "1.0.0",
        "[1.0,2.0)",
        l("Rete Patologie Neurologiche", "Neurology network"),
        List.of(postStroke(), epilepsy(), parkinson()),
        List.of(bpMonitor()),
        List.of(seizureDiary(), motorDiary()),
        tariffs(),
        sources());
  }

  // ---------------------------------------------------------------- post-stroke

  private static ConditionDefinition postStroke() {
    Protocol p =
        new Protocol(
            "post-stroke-secondary-prevention",
            l(
                "Prevenzione secondaria dopo ictus ischemico o TIA",
                "Secondary prevention after ischaemic stroke or TIA"),
            List.of(
                AHA_STROKE_2021,
                ESH_2023,
                ESC_AF_2024,
                ESC_PACING_2021,
                MRS,
                TELEREHAB_CSR,
                DM_HOME_CARE,
                WG),
            List.of(
                new Criterion(
                    "ischaemic-stroke-or-tia",
                    l(
                        "Ictus ischemico o attacco ischemico transitorio (TIA)",
                        "Ischaemic stroke or transient ischaemic attack (TIA)"),
                    "stroke-type",
                    Operator.IN,
                    List.of("ischaemic-stroke", "tia")),
                new Criterion(
                    "recent-event",
                    l("Evento da non più di 12 mesi", "Event no more than 12 months ago"),
                    "months-since-stroke",
                    Operator.AT_MOST,
                    List.of("12")),
                new Criterion(
                    "mrs-at-most-4",
                    l(
                        "Disabilità residua con scala di Rankin modificata ≤ 4",
                        "Residual disability with modified Rankin Scale ≤ 4"),
                    "modified-rankin-scale",
                    Operator.AT_MOST,
                    List.of("4"))),
            List.of(
                new Criterion(
                    "no-home-measurement",
                    l(
                        "Né il paziente né un caregiver possono misurare la pressione a domicilio",
                        "Neither the patient nor a caregiver can measure blood pressure at home"),
                    "home-measurement-possible",
                    Operator.EQUALS,
                    List.of("no")),
                new Criterion(
                    "end-of-life-care",
                    l("Paziente in cure palliative di fine vita", "Patient in end-of-life care"),
                    "end-of-life-care",
                    Operator.PRESENT,
                    List.of())),
            List.of(
                new MonitoredParameter(
                    SYSTOLIC,
                    l("Pressione arteriosa sistolica", "Systolic blood pressure"),
                    "mm[Hg]",
                    50,
                    260,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    DIASTOLIC,
                    l("Pressione arteriosa diastolica", "Diastolic blood pressure"),
                    "mm[Hg]",
                    30,
                    160,
                    Duration.ofDays(1)),
                new MonitoredParameter(
                    HEART_RATE,
                    l("Frequenza cardiaca", "Heart rate"),
                    "/min",
                    25,
                    250,
                    Duration.ofDays(1))),
            List.of(
                // Above target (<130/80, AHA/ASA 2021), grade 2 (ESH 2023), grade 3 (ESH 2023).
                new Threshold(SYSTOLIC, ATTENTION, ABOVE, 130, 120, 140),
                new Threshold(SYSTOLIC, ALARM, ABOVE, 160, 150, 170),
                new Threshold(SYSTOLIC, CRITICAL, ABOVE, 180, 170, 200),
                new Threshold(DIASTOLIC, ATTENTION, ABOVE, 80, 75, 90),
                new Threshold(DIASTOLIC, ALARM, ABOVE, 100, 95, 105),
                new Threshold(DIASTOLIC, CRITICAL, ABOVE, 110, 105, 120),
                // Hypotension under treatment (working group).
                new Threshold(SYSTOLIC, ATTENTION, BELOW, 100, 95, 110),
                new Threshold(SYSTOLIC, ALARM, BELOW, 90, 85, 95),
                // Tachycardia / possible AF (ESC AF 2024 lenient rate control < 110/min).
                new Threshold(HEART_RATE, ATTENTION, ABOVE, 100, 90, 110),
                new Threshold(HEART_RATE, ALARM, ABOVE, 110, 100, 130),
                // Bradycardia (ESC pacing 2021: < 50/min).
                new Threshold(HEART_RATE, ATTENTION, BELOW, 50, 45, 55),
                new Threshold(HEART_RATE, ALARM, BELOW, 40, 35, 45)),
            List.of(
                new TrendRule(
                    "systolic-rise-7d",
                    l(
                        "Sistolica in aumento di 20 mmHg in 7 giorni",
                        "Systolic rising by 20 mmHg within 7 days"),
                    SYSTOLIC,
                    TrendRule.Kind.RISE,
                    20,
                    Duration.ofDays(7),
                    ATTENTION),
                new TrendRule(
                    "bp-missing-7d",
                    l(
                        "Nessuna misurazione della pressione da 7 giorni",
                        "No blood pressure reading for 7 days"),
                    SYSTOLIC,
                    TrendRule.Kind.MISSING,
                    0,
                    Duration.ofDays(7),
                    ATTENTION)),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
                    l(
                        "L'infermiere di famiglia e comunità (IFeC) contatta il paziente entro 2"
                            + " giorni lavorativi: verifica tecnica di misurazione, aderenza alla"
                            + " terapia e sintomi; segnala al MMG per la revisione al prossimo"
                            + " contatto.",
                        "The family and community nurse (IFeC) calls the patient within 2 working"
                            + " days: checks measuring technique, adherence and symptoms; flags"
                            + " the case to the GP (MMG) for review at the next contact.")),
                new AlarmAction(
                    ALARM,
                    List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
                    l(
                        "Il MMG (o il neurologo di riferimento) chiama il paziente entro 24 ore e,"
                            + " se confermato, programma una televisita per rivedere la terapia"
                            + " antipertensiva o la frequenza cardiaca (ECG se sospetta"
                            + " fibrillazione atriale).",
                        "The GP (or the referring neurologist) calls the patient within 24 hours"
                            + " and, if confirmed, schedules a televisit to review"
                            + " antihypertensive treatment or heart rate (ECG if atrial"
                            + " fibrillation is suspected).")),
                new AlarmAction(
                    CRITICAL,
                    List.of(Action.CALL_BY_PHYSICIAN, Action.EMERGENCY_118),
                    l(
                        "Il medico chiama subito il paziente: se pressione ≥ 180/110 con nuovi"
                            + " sintomi neurologici, dolore toracico, dispnea o cefalea intensa"
                            + " attiva il 112/118; altrimenti ripete la misura e rivede la"
                            + " terapia in giornata.",
                        "The physician calls the patient at once: if blood pressure ≥ 180/110"
                            + " with new neurological symptoms, chest pain, dyspnoea or severe"
                            + " headache, calls 112/118; otherwise repeats the reading and"
                            + " reviews treatment the same day."))),
            List.of(
                new PathwayStage(
                    "post-discharge",
                    l("Post-dimissione (primi 3 mesi)", "After discharge (first 3 months)"),
                    EnumSet.of(TELEMONITORING_LEVEL_1, TELEVISIT, TELEASSISTANCE)),
                new PathwayStage(
                    "tele-rehabilitation",
                    l(
                        "Teleriabilitazione (dopo UVM in presenza e con PRI)",
                        "Tele-rehabilitation (after in-person UVM and with a PRI)"),
                    EnumSet.of(TELEREHABILITATION, HEALTH_TELECONSULTANCY)),
                new PathwayStage(
                    "stable-follow-up",
                    l("Follow-up stabile", "Stable follow-up"),
                    EnumSet.of(TELEMONITORING_LEVEL_1, TELEVISIT, TELECONSULT))),
            List.of(
                raci(
                    "Presa in carico e PAI",
                    "Enrolment and care plan (PAI)",
                    "neurologist",
                    ACCOUNTABLE),
                raci("Presa in carico e PAI", "Enrolment and care plan (PAI)", "MMG", RESPONSIBLE),
                raci(
                    "Gestione degli allarmi pressori",
                    "Handling blood-pressure alarms",
                    "IFeC nurse",
                    RESPONSIBLE),
                raci(
                    "Titolazione della terapia antipertensiva",
                    "Antihypertensive titration",
                    "MMG",
                    RESPONSIBLE),
                raci(
                    "Titolazione della terapia antipertensiva",
                    "Antihypertensive titration",
                    "neurologist",
                    CONSULTED),
                raci(
                    "Sospetta fibrillazione atriale",
                    "Suspected atrial fibrillation",
                    "cardiologist",
                    CONSULTED),
                raci(
                    "UVM e Progetto Riabilitativo Individuale (PRI)",
                    "UVM and individual rehabilitation plan (PRI)",
                    "physiatrist",
                    ACCOUNTABLE),
                raci(
                    "Sedute di teleriabilitazione motoria",
                    "Motor tele-rehabilitation sessions",
                    "physiotherapist",
                    RESPONSIBLE),
                raci(
                    "Teleriabilitazione di linguaggio e deglutizione",
                    "Speech and swallowing tele-rehabilitation",
                    "speech therapist",
                    RESPONSIBLE),
                raci(
                    "Esito della teleriabilitazione",
                    "Tele-rehabilitation outcome",
                    "MMG",
                    INFORMED)),
            List.of(BP_MONITOR),
            List.of());
    return new ConditionDefinition(
        "post-stroke",
        l("Esiti di ictus / TIA: prevenzione secondaria", "Post-stroke / TIA secondary prevention"),
        p);
  }

  // ---------------------------------------------------------------- epilepsy

  private static ConditionDefinition epilepsy() {
    Protocol p =
        new Protocol(
            "epilepsy-follow-up",
            l(
                "Follow-up dell'epilessia con diario delle crisi",
                "Epilepsy follow-up with a seizure diary"),
            List.of(ILAE_EPILEPSY_2014, ILAE_SE_2015, NICE_EPILEPSY, DM_HOME_CARE, WG),
            List.of(
                new Criterion(
                    "epilepsy-diagnosed",
                    l(
                        "Diagnosi di epilessia (definizione ILAE 2014) posta in presenza",
                        "Epilepsy diagnosed in person (ILAE 2014 definition)"),
                    "epilepsy-diagnosis",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "adult",
                    l("Età ≥ 18 anni", "Aged 18 or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    List.of("18")),
                new Criterion(
                    "diary-keeper",
                    l(
                        "Il diario è compilato dal paziente o da un caregiver",
                        "The diary is kept by the patient or a caregiver"),
                    "diary-keeper",
                    Operator.IN,
                    List.of("patient", "caregiver"))),
            List.of(
                new Criterion(
                    "pnes-only",
                    l(
                        "Solo crisi psicogene non epilettiche",
                        "Psychogenic non-epileptic seizures only"),
                    "psychogenic-non-epileptic-seizures-only",
                    Operator.PRESENT,
                    List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(Action.REVIEW_AT_NEXT_CONTACT),
                    l(
                        "Crisi registrate senza segni di gravità: il neurologo le valuta al"
                            + " prossimo controllo.",
                        "Seizures recorded without warning signs: the neurologist reviews them"
                            + " at the next follow-up.")),
                new AlarmAction(
                    ALARM,
                    List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
                    l(
                        "Grappolo di crisi, trauma che ha richiesto cure o uso del farmaco di"
                            + " soccorso: il neurologo contatta il paziente entro 1 giorno"
                            + " lavorativo e programma una televisita per rivedere la terapia.",
                        "Seizure cluster, injury needing care or rescue medication used: the"
                            + " neurologist calls the patient within 1 working day and schedules"
                            + " a televisit to review treatment.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
                    l(
                        "Crisi di durata ≥ 5 minuti o crisi ripetute senza recupero (stato di"
                            + " male): durante l'evento il caregiver somministra il farmaco di"
                            + " soccorso e chiama subito il 112. Il diario è retrospettivo: alla"
                            + " segnalazione l'équipe verifica che il paziente abbia ricevuto"
                            + " soccorso (altrimenti attiva il 118) e il neurologo lo richiama"
                            + " in giornata.",
                        "A seizure lasting ≥ 5 minutes or repeated seizures without recovery"
                            + " (status epilepticus): during the event the caregiver gives the"
                            + " rescue medication and calls 112 at once. The diary is"
                            + " retrospective: on the alert the team checks that the patient"
                            + " received emergency care (otherwise calls 118) and the"
                            + " neurologist calls back the same day."))),
            List.of(
                new PathwayStage(
                    "therapy-titration",
                    l(
                        "Avvio o modifica della terapia antiepilettica",
                        "Starting or changing antiseizure medication"),
                    EnumSet.of(TELECONTROL, TELEVISIT, TELECONSULT)),
                new PathwayStage(
                    "stable-follow-up",
                    l("Follow-up stabile", "Stable follow-up"),
                    EnumSet.of(TELEVISIT, TELEASSISTANCE))),
            List.of(
                raci(
                    "Presa in carico, PAI e piano di soccorso",
                    "Enrolment, PAI and rescue plan",
                    "neurologist",
                    ACCOUNTABLE),
                raci(
                    "Revisione del diario e della terapia",
                    "Diary and treatment review",
                    "neurologist",
                    RESPONSIBLE),
                raci(
                    "Addestramento del caregiver al farmaco di soccorso",
                    "Training the caregiver in rescue medication",
                    "IFeC nurse",
                    RESPONSIBLE),
                raci(
                    "Prescrizioni e continuità di cura",
                    "Prescriptions and continuity of care",
                    "MMG",
                    CONSULTED),
                raci("Esiti delle televisite", "Televisit outcomes", "MMG", INFORMED)),
            List.of(),
            List.of(SEIZURE_DIARY));
    return new ConditionDefinition("epilepsy", l("Epilessia", "Epilepsy"), p);
  }

  // ---------------------------------------------------------------- Parkinson's disease

  private static ConditionDefinition parkinson() {
    Protocol p =
        new Protocol(
            "parkinson-follow-up",
            l(
                "Follow-up della malattia di Parkinson con diario delle fluttuazioni motorie",
                "Parkinson's disease follow-up with a motor-fluctuation diary"),
            List.of(NICE_PARKINSON, MDS_PD_CRITERIA, HOEHN_YAHR, TELEREHAB_CSR, DM_HOME_CARE, WG),
            List.of(
                new Criterion(
                    "parkinson-diagnosed",
                    l(
                        "Diagnosi clinica di malattia di Parkinson (criteri MDS 2015)",
                        "Clinical diagnosis of Parkinson's disease (MDS 2015 criteria)"),
                    "parkinson-diagnosis",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "hoehn-yahr-at-most-4",
                    l("Stadio di Hoehn e Yahr ≤ 4", "Hoehn and Yahr stage ≤ 4"),
                    "hoehn-yahr-stage",
                    Operator.AT_MOST,
                    List.of("4")),
                new Criterion(
                    "on-dopaminergic-therapy",
                    l("In terapia dopaminergica", "On dopaminergic treatment"),
                    "dopaminergic-therapy",
                    Operator.PRESENT,
                    List.of())),
            List.of(
                new Criterion(
                    "atypical-parkinsonism",
                    l("Parkinsonismo atipico o secondario", "Atypical or secondary parkinsonism"),
                    "atypical-parkinsonism",
                    Operator.PRESENT,
                    List.of()),
                new Criterion(
                    "dementia-without-caregiver",
                    l(
                        "Demenza senza un caregiver che compili il diario",
                        "Dementia with no caregiver to keep the diary"),
                    "dementia-without-caregiver",
                    Operator.PRESENT,
                    List.of())),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new AlarmAction(
                    ATTENTION,
                    List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
                    l(
                        "Fluttuazioni motorie in peggioramento: l'IFeC verifica orari e"
                            + " assunzione della terapia; il neurologo valuta al prossimo"
                            + " telecontrollo.",
                        "Motor fluctuations getting worse: the IFeC nurse checks dose timing and"
                            + " intake; the neurologist reviews at the next telecontrol.")),
                new AlarmAction(
                    ALARM,
                    List.of(Action.CALL_BY_NURSE, Action.TELEVISIT),
                    l(
                        "Caduta o dosi di terapia non assunte: l'IFeC chiama entro 1 giorno"
                            + " lavorativo; televisita con il neurologo e, dopo una caduta,"
                            + " valutazione fisioterapica del rischio di caduta. Le terapie"
                            + " antiparkinsoniane non vanno sospese bruscamente.",
                        "A fall or missed doses: the IFeC nurse calls within 1 working day;"
                            + " televisit with the neurologist and, after a fall, a"
                            + " physiotherapy falls-risk assessment. Antiparkinsonian"
                            + " medicines must not be stopped abruptly."))),
            List.of(
                new PathwayStage(
                    "telecontrol-follow-up",
                    l(
                        "Follow-up in telecontrollo con diario",
                        "Telecontrol follow-up with the diary"),
                    EnumSet.of(TELECONTROL, TELEVISIT, TELEASSISTANCE)),
                new PathwayStage(
                    "therapy-adjustment",
                    l("Aggiustamento della terapia", "Treatment adjustment"),
                    EnumSet.of(TELEVISIT, TELECONSULT)),
                new PathwayStage(
                    "tele-rehabilitation",
                    l(
                        "Teleriabilitazione (dopo UVM in presenza e con PRI)",
                        "Tele-rehabilitation (after in-person UVM and with a PRI)"),
                    EnumSet.of(TELEREHABILITATION, HEALTH_TELECONSULTANCY))),
            List.of(
                raci(
                    "Presa in carico e PAI",
                    "Enrolment and care plan (PAI)",
                    "neurologist",
                    ACCOUNTABLE),
                raci(
                    "Telecontrollo e aggiustamento della terapia",
                    "Telecontrol and treatment adjustment",
                    "neurologist",
                    RESPONSIBLE),
                raci(
                    "Supporto al diario e gestione degli allarmi",
                    "Diary support and alarm handling",
                    "IFeC nurse",
                    RESPONSIBLE),
                raci(
                    "Prevenzione delle cadute e riabilitazione motoria",
                    "Falls prevention and motor rehabilitation",
                    "physiotherapist",
                    RESPONSIBLE),
                raci(
                    "Disfagia e ipofonia",
                    "Dysphagia and hypophonia",
                    "speech therapist",
                    RESPONSIBLE),
                raci(
                    "UVM e Progetto Riabilitativo Individuale (PRI)",
                    "UVM and individual rehabilitation plan (PRI)",
                    "physiatrist",
                    ACCOUNTABLE),
                raci(
                    "Autonomia nelle attività quotidiane",
                    "Independence in daily activities",
                    "occupational therapist",
                    CONSULTED),
                raci(
                    "Continuità di cura e comorbilità",
                    "Continuity of care and comorbidities",
                    "MMG",
                    INFORMED)),
            List.of(),
            List.of(MOTOR_DIARY));
    return new ConditionDefinition(
        "parkinson", l("Malattia di Parkinson", "Parkinson's disease"), p);
  }

  // ---------------------------------------------------------------- devices

  private static DeviceType bpMonitor() {
    return new DeviceType(
        BP_MONITOR,
        l(
            "Sfigmomanometro automatico da braccio validato, con rilevazione del battito"
                + " irregolare",
            "Validated automated upper-arm blood pressure monitor with irregular-heartbeat"
                + " detection"),
        List.of(BP_PANEL, SYSTOLIC, DIASTOLIC, HEART_RATE),
        DeviceType.Connectivity.BLUETOOTH_GATEWAY,
        "IIa",
        DeviceType.MonitoringLevel.LEVEL_1);
  }

  // ---------------------------------------------------------------- questionnaires

  /**
   * Seizure diary. Weights make the bands unambiguous: any status-epilepticus answer (100) lands in
   * CRITICAL, any cluster / injury-needing-care / rescue-medication answer (20) lands in ALARM, and
   * all the other answers together add up to at most 7.
   */
  private static Questionnaire seizureDiary() {
    return new Questionnaire(
        SEIZURE_DIARY,
        l("Diario delle crisi epilettiche", "Seizure diary"),
        WG_LICENCE,
        "Regione Lombardia, Gruppo di Lavoro Patologie Neurologiche; soglia di 5 minuti da Trinka E"
            + " et al., Epilepsia 2015;56:1515-1523",
        List.of(
            new Item(
                "seizure-count",
                l(
                    "Quante crisi ha avuto dall'ultima compilazione?",
                    "How many seizures have you had since the last entry?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "Nessuna", "None", 0),
                    opt("one", "Una", "One", 1),
                    opt("two-three", "Due o tre", "Two or three", 2),
                    opt("more", "Più di tre", "More than three", 3)),
                null,
                null),
            new Item(
                "seizure-type",
                l("Com'era la crisi più importante?", "What was the most severe seizure like?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "Nessuna crisi", "No seizure", 0),
                    opt(
                        "focal-aware",
                        "Senza perdita di contatto con l'ambiente",
                        "Without losing awareness",
                        1),
                    opt(
                        "impaired-awareness",
                        "Con perdita di contatto, senza convulsioni",
                        "With loss of awareness, no convulsions",
                        2),
                    opt(
                        "tonic-clonic",
                        "Convulsiva (irrigidimento e scosse di tutto il corpo)",
                        "Convulsive (stiffening and jerking of the whole body)",
                        3)),
                null,
                null),
            new Item(
                "status-epilepticus",
                l(
                    "Una crisi è durata 5 minuti o più, oppure le crisi si sono ripetute senza"
                        + " ripresa tra l'una e l'altra?",
                    "Did a seizure last 5 minutes or more, or did seizures follow one another"
                        + " without recovery in between?"),
                AnswerType.YES_NO,
                yesNo(100),
                null,
                null),
            new Item(
                "cluster",
                l(
                    "Ha avuto 3 o più crisi nelle stesse 24 ore?",
                    "Did you have 3 or more seizures within the same 24 hours?"),
                AnswerType.YES_NO,
                yesNo(20),
                null,
                null),
            new Item(
                "injury",
                l("Si è fatto male durante una crisi?", "Were you injured during a seizure?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "No", "No", 0),
                    opt(
                        "minor",
                        "Lieve (livido, morso della lingua)",
                        "Minor (bruise, tongue bite)",
                        1),
                    opt(
                        "needed-care",
                        "Ha richiesto cure (trauma cranico, frattura, ustione)",
                        "Needed medical care (head injury, fracture, burn)",
                        20)),
                null,
                null),
            new Item(
                "rescue-medication",
                l(
                    "È stato usato il farmaco di soccorso (es. midazolam per via buccale)?",
                    "Was rescue medication used (e.g. buccal midazolam)?"),
                AnswerType.YES_NO,
                yesNo(20),
                null,
                null)),
        List.of(
            new ScoreBand(0, 0, l("Nessuna crisi", "No seizures"), null),
            new ScoreBand(
                1,
                19,
                l("Crisi senza segni di gravità", "Seizures without warning signs"),
                ATTENTION),
            new ScoreBand(
                20,
                99,
                l(
                    "Grappolo di crisi, trauma che ha richiesto cure o farmaco di soccorso",
                    "Seizure cluster, injury needing care or rescue medication"),
                ALARM),
            new ScoreBand(
                100,
                166,
                l(
                    "Crisi ≥ 5 minuti o ripetute senza recupero: stato di male epilettico",
                    "Seizure ≥ 5 minutes or repeated without recovery: status epilepticus"),
                CRITICAL)));
  }

  /**
   * Motor-fluctuation diary written by the working group (no MDS-UPDRS items). A fall or missed
   * doses (10 or more) land in ALARM; all the fluctuation answers together add up to at most 8.
   */
  private static Questionnaire motorDiary() {
    return new Questionnaire(
        MOTOR_DIARY,
        l("Diario delle fluttuazioni motorie e delle cadute", "Motor-fluctuation and falls diary"),
        WG_LICENCE,
        "Regione Lombardia, Gruppo di Lavoro Patologie Neurologiche (non deriva dalla MDS-UPDRS)",
        List.of(
            new Item(
                "off-time",
                l(
                    "Nelle ore di veglia di ieri, quanto tempo è stato in 'OFF' (lento, rigido,"
                        + " la terapia non fa effetto)?",
                    "During yesterday's waking hours, how long were you 'OFF' (slow, stiff,"
                        + " medication not working)?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "Per niente", "Not at all", 0),
                    opt("under-2h", "Meno di 2 ore", "Less than 2 hours", 1),
                    opt("2-4h", "Da 2 a 4 ore", "2 to 4 hours", 2),
                    opt("over-4h", "Più di 4 ore", "More than 4 hours", 3)),
                null,
                null),
            new Item(
                "wearing-off",
                l(
                    "I sintomi tornano prima che sia ora della dose successiva?",
                    "Do symptoms come back before the next dose is due?"),
                AnswerType.YES_NO,
                yesNo(1),
                null,
                null),
            new Item(
                "dyskinesia",
                l(
                    "Ha avuto movimenti involontari (discinesie)?",
                    "Have you had involuntary movements (dyskinesia)?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "No", "No", 0),
                    opt("not-troublesome", "Sì, non fastidiosi", "Yes, not troublesome", 1),
                    opt(
                        "troublesome",
                        "Sì, fastidiosi o invalidanti",
                        "Yes, troublesome or disabling",
                        3)),
                null,
                null),
            new Item(
                "freezing",
                l("Ha avuto blocchi nel cammino (freezing)?", "Have you had freezing of gait?"),
                AnswerType.YES_NO,
                yesNo(1),
                null,
                null),
            new Item(
                "falls",
                l("È caduto dall'ultima compilazione?", "Have you fallen since the last entry?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    opt("none", "No", "No", 0),
                    opt(
                        "one-no-injury",
                        "Una caduta senza conseguenze",
                        "One fall without injury",
                        10),
                    opt(
                        "injury-or-repeated",
                        "Più cadute, o una caduta con lesioni",
                        "Several falls, or a fall with injury",
                        20)),
                null,
                null),
            new Item(
                "missed-doses",
                l(
                    "Non è riuscito a prendere la terapia per il Parkinson (vomito, difficoltà a"
                        + " deglutire, ricovero)?",
                    "Were you unable to take your Parkinson's medication (vomiting, swallowing"
                        + " problems, hospital stay)?"),
                AnswerType.YES_NO,
                yesNo(10),
                null,
                null)),
        List.of(
            new ScoreBand(0, 2, l("Fluttuazioni assenti o lievi", "No or mild fluctuations"), null),
            new ScoreBand(
                3,
                9,
                l("Fluttuazioni motorie rilevanti", "Relevant motor fluctuations"),
                ATTENTION),
            new ScoreBand(
                10,
                38,
                l("Caduta o dosi di terapia non assunte", "A fall or missed medication doses"),
                ALARM)));
  }

  // ---------------------------------------------------------------- tariffs and sources

  private static List<TariffHypothesis> tariffs() {
    return List.of(
        tariff(TELEVISIT, "22.50", "per televisita di controllo", "per follow-up televisit"),
        tariff(TELECONSULT, "30.00", "per teleconsulto", "per teleconsultation"),
        tariff(
            TELEMONITORING_LEVEL_1,
            "30.00",
            "per paziente al mese, dispositivo escluso",
            "per patient per month, device excluded"),
        tariff(
            TELECONTROL,
            "45.00",
            "per ciclo di telecontrollo (diario + almeno una videochiamata)",
            "per telecontrol cycle (diary + at least one video call)"),
        tariff(TELEASSISTANCE, "15.00", "per sessione", "per session"),
        tariff(
            HEALTH_TELECONSULTANCY,
            "20.00",
            "per teleconsulenza medico-sanitaria",
            "per health teleconsultancy"),
        tariff(
            TELEREHABILITATION,
            "20.00",
            "per seduta individuale di teleriabilitazione",
            "per individual tele-rehabilitation session"));
  }

  private static List<Source> sources() {
    return List.of(
        new Source(
            AHA_STROKE_2021,
            "Kleindorfer DO, Towfighi A, Chaturvedi S, et al. 2021 Guideline for the Prevention of"
                + " Stroke in Patients With Stroke and Transient Ischemic Attack: A Guideline From"
                + " the American Heart Association/American Stroke Association. Stroke"
                + " 2021;52:e364-e467."),
        new Source(
            ESH_2023,
            "Mancia G, Kreutz R, Brunström M, et al. 2023 ESH Guidelines for the management of"
                + " arterial hypertension. J Hypertens 2023;41:1874-2071."),
        new Source(
            ESC_AF_2024,
            "Van Gelder IC, Rienstra M, Bunting KV, et al. 2024 ESC Guidelines for the management"
                + " of atrial fibrillation developed in collaboration with the European"
                + " Association for Cardio-Thoracic Surgery (EACTS). Eur Heart J"
                + " 2024;45:3314-3414."),
        new Source(
            ESC_PACING_2021,
            "Glikson M, Nielsen JC, Kronborg MB, et al. 2021 ESC Guidelines on cardiac pacing and"
                + " cardiac resynchronization therapy. Eur Heart J 2021;42:3427-3520."),
        new Source(
            MRS,
            "van Swieten JC, Koudstaal PJ, Visser MC, Schouten HJ, van Gijn J. Interobserver"
                + " agreement for the assessment of handicap in stroke patients. Stroke"
                + " 1988;19:604-607."),
        new Source(
            ILAE_EPILEPSY_2014,
            "Fisher RS, Acevedo C, Arzimanoglou A, et al. ILAE official report: a practical"
                + " clinical definition of epilepsy. Epilepsia 2014;55:475-482."),
        new Source(
            ILAE_SE_2015,
            "Trinka E, Cock H, Hesdorffer D, et al. A definition and classification of status"
                + " epilepticus - Report of the ILAE Task Force on Classification of Status"
                + " Epilepticus. Epilepsia 2015;56:1515-1523."),
        new Source(
            NICE_EPILEPSY,
            "National Institute for Health and Care Excellence. Epilepsies in children, young"
                + " people and adults. NICE guideline NG217. London: NICE; 2022."),
        new Source(
            NICE_PARKINSON,
            "National Institute for Health and Care Excellence. Parkinson's disease in adults."
                + " NICE guideline NG71. London: NICE; 2017."),
        new Source(
            MDS_PD_CRITERIA,
            "Postuma RB, Berg D, Stern M, et al. MDS clinical diagnostic criteria for Parkinson's"
                + " disease. Mov Disord 2015;30:1591-1601."),
        new Source(
            HOEHN_YAHR,
            "Hoehn MM, Yahr MD. Parkinsonism: onset, progression and mortality. Neurology"
                + " 1967;17:427-442."),
        new Source(
            TELEREHAB_CSR,
            "Conferenza Stato-Regioni. Accordo 18 novembre 2021 (Rep. Atti n. 231/CSR):"
                + " Indicazioni nazionali per l'erogazione di prestazioni e servizi di"
                + " teleriabilitazione da parte delle professioni sanitarie."),
        new Source(
            DM_HOME_CARE,
            "Ministero della Salute. Decreto 29 aprile 2022: Linee guida organizzative contenenti"
                + " il modello digitale per l'attuazione dell'assistenza domiciliare (PNRR,"
                + " milestone EU M6C1-4)."),
        new Source(
            WG,
            "Regione Lombardia, Gruppo di Lavoro Specialistico Patologie Neurologiche"
                + " (Infrastruttura Regionale di Telemedicina): values marked as working-group"
                + " choices in the plug-in README, where no guideline sets a number."));
  }

  // ---------------------------------------------------------------- helpers

  private static Label l(String it, String en) {
    return Label.of(it, en);
  }

  private static Option opt(String code, String it, String en, int score) {
    return new Option(code, l(it, en), score);
  }

  private static List<Option> yesNo(int yesScore) {
    return List.of(opt("no", "No", "No", 0), opt("yes", "Sì", "Yes", yesScore));
  }

  private static RaciEntry raci(String it, String en, String professional, RaciEntry.Raci part) {
    return new RaciEntry(l(it, en), professional, part);
  }

  private static TariffHypothesis tariff(
      TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(
        service,
        new BigDecimal(euro),
        l(
            "Ipotesi tariffaria, " + it + " (da validare)",
            "Tariff hypothesis, " + en + " (to be validated)"));
  }
}
