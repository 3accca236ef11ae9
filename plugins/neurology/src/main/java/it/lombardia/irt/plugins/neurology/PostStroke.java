package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.AHA_STROKE_2021;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DIASTOLIC;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DM_HOME_CARE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESC_AF_2024;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESC_PACING_2021;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.ESH_2023;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.MRS;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.SYSTOLIC;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.TELEREHAB_CSR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.WG;
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
import static it.lombardia.irt.spi.content.TelemedicineService.TELEMONITORING_LEVEL_1;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEREHABILITATION;
import static it.lombardia.irt.spi.content.TelemedicineService.TELEVISIT;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/** Post-stroke follow-up: protocol, pathway and team of the neurology network. */
final class PostStroke {

  private PostStroke() {}

  static ConditionDefinition definition() {
    Protocol p =
        new Protocol(
            "post-stroke-secondary-prevention",
            NeurologyContent.l(
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
                    NeurologyContent.l(
                        "Ictus ischemico o attacco ischemico transitorio (TIA)",
                        "Ischaemic stroke or transient ischaemic attack (TIA)"),
                    "stroke-type",
                    Operator.IN,
                    List.of("ischaemic-stroke", "tia")),
                new Criterion(
                    "recent-event",
                    NeurologyContent.l(
                        "Evento da non più di 12 mesi", "Event no more than 12 months ago"),
                    "months-since-stroke",
                    Operator.AT_MOST,
                    List.of("12")),
                new Criterion(
                    "mrs-at-most-4",
                    NeurologyContent.l(
                        "Disabilità residua con scala di Rankin modificata ≤ 4",
                        "Residual disability with modified Rankin Scale ≤ 4"),
                    "modified-rankin-scale",
                    Operator.AT_MOST,
                    List.of("4"))),
            List.of(
                new Criterion(
                    "no-home-measurement",
                    NeurologyContent.l(
                        "Né il paziente né un caregiver possono misurare la pressione a domicilio",
                        "Neither the patient nor a caregiver can measure blood pressure at home"),
                    "home-measurement-possible",
                    Operator.EQUALS,
                    List.of("no")),
                new Criterion(
                    "end-of-life-care",
                    NeurologyContent.l(
                        "Paziente in cure palliative di fine vita", "Patient in end-of-life care"),
                    "end-of-life-care",
                    Operator.PRESENT,
                    List.of())),
            List.of(
                VitalSign.SYSTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.DIASTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.HEART_RATE.parameter(Duration.ofDays(1))),
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
                    NeurologyContent.l(
                        "Sistolica in aumento di 20 mmHg in 7 giorni",
                        "Systolic rising by 20 mmHg within 7 days"),
                    SYSTOLIC,
                    TrendRule.Kind.RISE,
                    20,
                    Duration.ofDays(7),
                    ATTENTION),
                new TrendRule(
                    "bp-missing-7d",
                    NeurologyContent.l(
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
                    NeurologyContent.l(
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
                    NeurologyContent.l(
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
                    NeurologyContent.l(
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
                    NeurologyContent.l(
                        "Post-dimissione (primi 3 mesi)", "After discharge (first 3 months)"),
                    EnumSet.of(TELEMONITORING_LEVEL_1, TELEVISIT, TELEASSISTANCE)),
                new PathwayStage(
                    "tele-rehabilitation",
                    NeurologyContent.l(
                        "Teleriabilitazione (dopo UVM in presenza e con PRI)",
                        "Tele-rehabilitation (after in-person UVM and with a PRI)"),
                    EnumSet.of(TELEREHABILITATION, HEALTH_TELECONSULTANCY)),
                new PathwayStage(
                    "stable-follow-up",
                    NeurologyContent.l("Follow-up stabile", "Stable follow-up"),
                    EnumSet.of(TELEMONITORING_LEVEL_1, TELEVISIT, TELECONSULT))),
            List.of(
                new RaciEntry(
                    Label.of("Presa in carico e PAI", "Enrolment and care plan (PAI)"),
                    "neurologist",
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of("Presa in carico e PAI", "Enrolment and care plan (PAI)"),
                    "MMG",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of("Gestione degli allarmi pressori", "Handling blood-pressure alarms"),
                    "IFeC nurse",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Titolazione della terapia antipertensiva", "Antihypertensive titration"),
                    "MMG",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Titolazione della terapia antipertensiva", "Antihypertensive titration"),
                    "neurologist",
                    CONSULTED),
                new RaciEntry(
                    Label.of("Sospetta fibrillazione atriale", "Suspected atrial fibrillation"),
                    "cardiologist",
                    CONSULTED),
                new RaciEntry(
                    Label.of(
                        "UVM e Progetto Riabilitativo Individuale (PRI)",
                        "UVM and individual rehabilitation plan (PRI)"),
                    "physiatrist",
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Sedute di teleriabilitazione motoria",
                        "Motor tele-rehabilitation sessions"),
                    "physiotherapist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Teleriabilitazione di linguaggio e deglutizione",
                        "Speech and swallowing tele-rehabilitation"),
                    "speech therapist",
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of("Esito della teleriabilitazione", "Tele-rehabilitation outcome"),
                    "MMG",
                    INFORMED)),
            List.of(BP_MONITOR),
            List.of());
    return new ConditionDefinition(
        "post-stroke",
        NeurologyContent.l(
            "Esiti di ictus / TIA: prevenzione secondaria",
            "Post-stroke / TIA secondary prevention"),
        p);
  }
}
