package it.lombardia.irt.plugins.diabetes;

import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.ADA_2024;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_EVENTS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_GLUCOSE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.CGM_TIME_IN_RANGE;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOMETER;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GLUCOSE_MOLAR_MASS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.GMI;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HBA1C;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HL7_CGM;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.HYPO_CHECKLIST;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.TIR_CONSENSUS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.TREND_ARROWS;
import static it.lombardia.irt.plugins.diabetes.DiabetesPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.RaciEntry.Raci;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import java.time.Duration;
import java.util.List;

/** Type 1 diabetes with continuous glucose monitoring: protocol, pathway and team. */
final class Type1DiabetesWithCgm {

  private Type1DiabetesWithCgm() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "pdta-dm1-cgm-telemonitoring",
            Label.of(
                "PDTA diabete tipo 1 in insulina con CGM - telemonitoraggio",
                "Type 1 diabetes on insulin with CGM - telemonitoring pathway"),
            List.of(ADA_2024, TIR_CONSENSUS, CGM_EVENTS, GMI, TREND_ARROWS, HL7_CGM, WORKING_GROUP),
            List.of(
                Criterion.of(
                    "dm1-diagnosis",
                    Label.of(
                        "Diagnosi di diabete mellito di tipo 1",
                        "Diagnosis of type 1 diabetes mellitus"),
                    "diabetes-type",
                    Operator.EQUALS,
                    "type-1"),
                Criterion.of(
                    "adult",
                    Label.of("Età di almeno 18 anni", "Aged 18 years or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                Criterion.of(
                    "on-insulin",
                    Label.of(
                        "In terapia insulinica (multiniettiva o microinfusore)",
                        "On insulin therapy (multiple daily injections or pump)"),
                    "on-insulin",
                    Operator.EQUALS,
                    "yes"),
                Criterion.of(
                    "uses-cgm",
                    Label.of(
                        "Utilizza un sensore CGM collegato a una piattaforma del fornitore",
                        "Uses a CGM sensor connected to a vendor platform"),
                    "cgm-in-use",
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
                DiabetesCatalogue.hba1c()),
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
            DiabetesCatalogue.alarmActions(),
            List.of(
                PathwayStage.of(
                    "cgm-onboarding",
                    Label.of("Avvio del sensore ed educazione", "Sensor start and education"),
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEVISIT),
                PathwayStage.of(
                    "cgm-follow-up",
                    Label.of(
                        "Follow-up con telemonitoraggio CGM", "Follow-up with CGM telemonitoring"),
                    TelemedicineService.TELEMONITORING_LEVEL_2,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT),
                PathwayStage.of(
                    "insulin-adjustment",
                    Label.of(
                        "Ottimizzazione della terapia insulinica", "Insulin therapy optimisation"),
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.HEALTH_TELECONSULTANCY)),
            List.of(
                new RaciEntry(
                    Label.of(
                        "Presa in carico, PAI e soglie personalizzate",
                        "Enrolment, PAI and personalised thresholds"),
                    "diabetologist",
                    Raci.ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Presa in carico, PAI e soglie personalizzate",
                        "Enrolment, PAI and personalised thresholds"),
                    "MMG",
                    Raci.INFORMED),
                new RaciEntry(
                    Label.of(
                        "Revisione dei dati CGM e degli allarmi", "Review of CGM data and alarms"),
                    "diabetes nurse",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Revisione dei dati CGM e degli allarmi", "Review of CGM data and alarms"),
                    "diabetologist",
                    Raci.ACCOUNTABLE),
                new RaciEntry(
                    Label.of("Modifica della terapia insulinica", "Change of insulin therapy"),
                    "diabetologist",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of("Conteggio dei carboidrati", "Carbohydrate counting"),
                    "dietitian",
                    Raci.RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Supporto territoriale e caregiver", "Community and caregiver support"),
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
}
