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

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Systemic anticancer therapy at home: the toxicity protocol, pathway and team of the oncology
 * network.
 */
final class AnticancerTherapyAtHome {

  private AnticancerTherapyAtHome() {}

  static Protocol protocol() {
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
        VitalSign.BODY_TEMPERATURE.parameter(
            Label.of(
                "Temperatura corporea (preferibilmente orale)",
                "Body temperature (preferably oral)"),
            Duration.ofDays(1)),
        VitalSign.HEART_RATE.parameter(Duration.ofDays(1)),
        VitalSign.OXYGEN_SATURATION.parameter(Duration.ofDays(1)),
        VitalSign.BODY_WEIGHT.parameter(Duration.ofDays(7)));
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
    roles.add(new RaciEntry(enrol, "oncologist", RaciEntry.Raci.ACCOUNTABLE));
    roles.add(new RaciEntry(enrol, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    roles.add(new RaciEntry(enrol, "MMG", RaciEntry.Raci.INFORMED));
    Label review =
        Label.of(
            "Revisione quotidiana di misure, questionari e allarmi",
            "Daily review of readings, questionnaires and alarms");
    roles.add(new RaciEntry(review, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    roles.add(new RaciEntry(review, "oncologist", RaciEntry.Raci.ACCOUNTABLE));
    Label critical =
        Label.of(
            "Gestione di sospetta neutropenia febbrile e allarmi critici",
            "Management of suspected febrile neutropenia and critical alarms");
    roles.add(new RaciEntry(critical, "oncologist", RaciEntry.Raci.RESPONSIBLE));
    roles.add(new RaciEntry(critical, "118 emergency service", RaciEntry.Raci.CONSULTED));
    roles.add(new RaciEntry(critical, "MMG", RaciEntry.Raci.INFORMED));
    Label symptoms =
        Label.of(
            "Gestione dei sintomi severi persistenti", "Management of persistent severe symptoms");
    roles.add(new RaciEntry(symptoms, "oncologist", RaciEntry.Raci.RESPONSIBLE));
    roles.add(new RaciEntry(symptoms, "palliative care team", RaciEntry.Raci.CONSULTED));
    roles.add(new RaciEntry(symptoms, "MMG", RaciEntry.Raci.CONSULTED));
    Label training =
        Label.of(
            "Addestramento e teleassistenza a paziente e caregiver",
            "Training and tele-assistance for patient and caregiver");
    roles.add(new RaciEntry(training, "oncology nurse", RaciEntry.Raci.RESPONSIBLE));
    return List.copyOf(roles);
  }
}
