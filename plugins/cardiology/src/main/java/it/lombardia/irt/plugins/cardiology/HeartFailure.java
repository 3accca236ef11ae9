package it.lombardia.irt.plugins.cardiology;

import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BODY_WEIGHT;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CARDIOLOGIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.COT;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ECG_PATCH;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_HF_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.HF_CHECKLIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.IFEC_NURSE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.MMG;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.OXIMETER;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SCALE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SPO2;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SYSTOLIC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.WORKING_GROUP;
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

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;

/** Heart failure: protocol, pathway and team of the cardiology network. */
final class HeartFailure {

  private HeartFailure() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "heart-failure-telemonitoring",
            Label.of(
                "Telemonitoraggio dello scompenso cardiaco cronico",
                "Telemonitoring of chronic heart failure"),
            List.of(ESC_HF_2021, WORKING_GROUP),
            List.of(
                Criterion.of(
                    "hf-diagnosis",
                    Label.of(
                        "Diagnosi di scompenso cardiaco confermata secondo le linee guida ESC 2021"
                            + " (sintomi/segni, NT-proBNP, ecocardiogramma)",
                        "Heart failure diagnosis confirmed per the 2021 ESC guidelines"
                            + " (symptoms/signs, NT-proBNP, echocardiography)"),
                    "hf-diagnosis",
                    Operator.IN,
                    "HFrEF",
                    "HFmrEF",
                    "HFpEF"),
                Criterion.of(
                    "nyha-class",
                    Label.of("Classe NYHA II o III", "NYHA class II or III"),
                    "nyha-class",
                    Operator.IN,
                    "II",
                    "III"),
                Criterion.of(
                    "recent-hf-event",
                    Label.of(
                        "Ricovero o accesso per scompenso negli ultimi 12 mesi",
                        "Hospitalisation or urgent visit for heart failure in the last 12 months"),
                    "months-since-hf-event",
                    Operator.AT_MOST,
                    "12"),
                Criterion.of(
                    "adult",
                    Label.of("Età di almeno 18 anni", "Aged 18 or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                Criterion.of(
                    "consent",
                    Label.of(
                        "Consenso informato al telemonitoraggio",
                        "Informed consent to telemonitoring"),
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                Criterion.of(
                    "end-of-life",
                    Label.of(
                        "Paziente in cure palliative di fine vita (segue il percorso palliativo)",
                        "Patient in end-of-life palliative care (follows the palliative pathway)"),
                    "end-of-life-care",
                    Operator.PRESENT),
                Criterion.of(
                    "no-capable-user",
                    Label.of(
                        "Grave deterioramento cognitivo senza caregiver in grado di usare i"
                            + " dispositivi",
                        "Severe cognitive impairment with no caregiver able to use the devices"),
                    "severe-cognitive-impairment-without-caregiver",
                    Operator.PRESENT),
                Criterion.of(
                    "dialysis",
                    Label.of(
                        "Dialisi cronica (bilancio dei fluidi gestito dal centro dialisi)",
                        "Chronic dialysis (fluid balance managed by the dialysis centre)"),
                    "chronic-dialysis",
                    Operator.PRESENT)),
            List.of(
                VitalSign.BODY_WEIGHT.parameter(Duration.ofDays(1)),
                VitalSign.SYSTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.DIASTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.HEART_RATE.parameter(Duration.ofDays(1)),
                VitalSign.OXYGEN_SATURATION.parameter(Duration.ofDays(1))),
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
                    Label.of(
                        "Aumento di peso di 2 kg o più in 3 giorni (ESC 2021)",
                        "Weight gain of 2 kg or more within 3 days (ESC 2021)"),
                    BODY_WEIGHT,
                    Kind.RISE,
                    2.0,
                    Duration.ofHours(72),
                    ALARM),
                new TrendRule(
                    "weight-gain-1-day",
                    Label.of(
                        "Aumento di peso di 1,5 kg o più in 24 ore",
                        "Weight gain of 1.5 kg or more within 24 hours"),
                    BODY_WEIGHT,
                    Kind.RISE,
                    1.5,
                    Duration.ofHours(24),
                    ALARM),
                new TrendRule(
                    "weight-missing",
                    Label.of("Nessuna pesata da 48 ore", "No weight reading for 48 hours"),
                    BODY_WEIGHT,
                    Kind.MISSING,
                    0,
                    Duration.ofHours(48),
                    ATTENTION),
                new TrendRule(
                    "blood-pressure-missing",
                    Label.of(
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
                    Label.of(
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
                    Label.of(
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
                    Label.of(
                        "Chiamare subito il 112 (NUE, centrale AREU 118) se dispnea a riposo,"
                            + " dolore toracico, sincope o confusione; altrimenti il medico"
                            + " chiama immediatamente il paziente e decide l'invio in Pronto"
                            + " Soccorso.",
                        "Call 112 (single emergency number, AREU 118 dispatch) at once in case"
                            + " of breathlessness at rest, chest pain, syncope or confusion;"
                            + " otherwise the physician calls the patient immediately and"
                            + " decides on referral to the emergency department."))),
            List.of(
                PathwayStage.of(
                    "post-discharge",
                    Label.of(
                        "Post-dimissione (primi 90 giorni dopo un ricovero per scompenso)",
                        "Post-discharge (first 90 days after a heart-failure hospitalisation)"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                PathwayStage.of(
                    "therapy-optimisation",
                    Label.of(
                        "Ottimizzazione della terapia (titolazione dei farmaci raccomandati)",
                        "Therapy optimisation (up-titration of guideline-directed drugs)"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                PathwayStage.of(
                    "stable-follow-up",
                    Label.of("Follow-up del paziente stabile", "Stable follow-up"),
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                new RaciEntry(
                    Label.of(
                        "Arruolamento e PAI con soglie personalizzate",
                        "Enrolment and care plan" + " with personalised thresholds"),
                    CARDIOLOGIST,
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Arruolamento e PAI con soglie personalizzate",
                        "Enrolment and care plan with personalised thresholds"),
                    MMG,
                    CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Consegna dei dispositivi e presa in carico territoriale",
                        "Device delivery and hand-over to community care"),
                    COT,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Educazione del paziente e del caregiver all'automisurazione",
                        "Patient and caregiver education on self-measurement"),
                    IFEC_NURSE,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Revisione quotidiana delle misure e triage degli allarmi",
                        "Daily review of readings and alarm triage"),
                    IFEC_NURSE,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Revisione quotidiana delle misure e triage degli allarmi",
                        "Daily review of readings and alarm triage"),
                    CARDIOLOGIST,
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Televisita e modifica della terapia", "Televisit and therapy changes"),
                    CARDIOLOGIST,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Televisita e modifica della terapia", "Televisit and therapy changes"),
                    MMG,
                    INFORMED)),
            List.of(SCALE, BP_MONITOR, OXIMETER, ECG_PATCH),
            List.of(HF_CHECKLIST));
    return new ConditionDefinition(
        "heart-failure", Label.of("Scompenso cardiaco", "Heart failure"), protocol);
  }
}
