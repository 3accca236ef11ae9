package it.lombardia.irt.plugins.diabetes;

import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.ADA_2024;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CAPILLARY_GLUCOSE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.DIASTOLIC_BP;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOMETER;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HBA1C;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HYPO_CHECKLIST;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SCALE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SID_AMD_2022;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.SYSTOLIC_BP;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.TIR_CONSENSUS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.RaciEntry.Raci;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;

/** Type 2 diabetes: protocol, pathway and team of the diabetes network. */
final class Type2Diabetes {

  private Type2Diabetes() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "pdta-dm2-telemonitoring",
            Label.of(
                "PDTA diabete tipo 2 - telemonitoraggio glicemico",
                "Type 2 diabetes care pathway - glucose telemonitoring"),
            List.of(ADA_2024, TIR_CONSENSUS, SID_AMD_2022, WORKING_GROUP),
            List.of(
                Criterion.of(
                    "dm2-diagnosis",
                    Label.of(
                        "Diagnosi di diabete mellito di tipo 2",
                        "Diagnosis of type 2 diabetes mellitus"),
                    "diabetes-type",
                    Operator.EQUALS,
                    "type-2"),
                Criterion.of(
                    "adult",
                    Label.of("Età di almeno 18 anni", "Aged 18 years or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                Criterion.of(
                    "hba1c-above-goal",
                    Label.of(
                        "HbA1c pari o superiore al 7% (53 mmol/mol): obiettivo glicemico non raggiunto",
                        "HbA1c at or above 7% (53 mmol/mol): glycaemic goal not met"),
                    "hba1c-percent",
                    Operator.AT_LEAST,
                    "7.0"),
                Criterion.of(
                    "can-self-monitor",
                    Label.of(
                        "Paziente o caregiver in grado di eseguire l'autocontrollo glicemico",
                        "Patient or caregiver able to perform blood glucose self-monitoring"),
                    "self-monitoring-capable",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                Criterion.of(
                    "pregnancy",
                    Label.of(
                        "Gravidanza in corso (obiettivi glicemici e percorso dedicati)",
                        "Current pregnancy (dedicated glycaemic targets and pathway)"),
                    "pregnant",
                    Operator.EQUALS,
                    "yes"),
                Criterion.of(
                    "acute-hyperglycaemic-crisis",
                    Label.of(
                        "Chetoacidosi o stato iperglicemico iperosmolare in atto: serve il ricovero",
                        "Ongoing ketoacidosis or hyperosmolar hyperglycaemic state: needs hospital care"),
                    "acute-hyperglycaemic-crisis",
                    Operator.EQUALS,
                    "yes")),
            List.of(
                DiabetesCatalogue.capillaryGlucose(),
                DiabetesCatalogue.hba1c(),
                VitalSign.BODY_WEIGHT.parameter(Duration.ofDays(7)),
                VitalSign.SYSTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(7)),
                VitalSign.DIASTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(7))),
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
            DiabetesCatalogue.alarmActions(),
            List.of(
                PathwayStage.of(
                    "enrolment-education",
                    Label.of(
                        "Presa in carico ed educazione all'autocontrollo",
                        "Enrolment and self-monitoring education"),
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                PathwayStage.of(
                    "therapy-titration",
                    Label.of("Titolazione della terapia", "Therapy titration"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                PathwayStage.of(
                    "stable-follow-up",
                    Label.of("Follow-up in compenso", "Stable follow-up"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                new RaciEntry(
                    Label.of("Presa in carico e PAI", "Enrolment and individual care plan (PAI)"),
                    "MMG",
                    Raci.ACCOUNTABLE),
                new RaciEntry(
                    Label.of("Presa in carico e PAI", "Enrolment and individual care plan (PAI)"),
                    "diabetologist",
                    Raci.CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Revisione quotidiana delle misure e degli allarmi",
                        "Daily review of readings and alarms"),
                    "IFeC nurse",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Revisione quotidiana delle misure e degli allarmi",
                        "Daily review of readings and alarms"),
                    "MMG",
                    Raci.ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Modifica della terapia ipoglicemizzante",
                        "Change of glucose-lowering therapy"),
                    "MMG",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Modifica della terapia ipoglicemizzante",
                        "Change of glucose-lowering therapy"),
                    "diabetologist",
                    Raci.CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Educazione all'autocontrollo e alla gestione dell'ipoglicemia",
                        "Self-monitoring and hypoglycaemia management education"),
                    "IFeC nurse",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of("Educazione alimentare", "Nutrition counselling"),
                    "dietitian",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of("Educazione alimentare", "Nutrition counselling"),
                    "MMG",
                    Raci.INFORMED)),
            List.of(GLUCOMETER, BP_MONITOR, SCALE),
            List.of(HYPO_CHECKLIST));
    return new ConditionDefinition(
        "type-2-diabetes",
        Label.of("Diabete mellito di tipo 2", "Type 2 diabetes mellitus"),
        protocol);
  }
}
