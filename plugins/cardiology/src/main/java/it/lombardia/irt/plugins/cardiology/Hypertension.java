package it.lombardia.irt.plugins.cardiology;

import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.CARDIOLOGIST;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.COT;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.DIASTOLIC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESC_ESH_2018;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESH_2023;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.ESH_BPM_2021;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.IFEC_NURSE;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.MMG;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.SYSTOLIC;
import static it.lombardia.irt.plugins.cardiology.CardiologyPlugin.WORKING_GROUP;
import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_NURSE;
import static it.lombardia.irt.spi.content.AlarmAction.Action.CALL_BY_PHYSICIAN;
import static it.lombardia.irt.spi.content.AlarmAction.Action.EMERGENCY_118;
import static it.lombardia.irt.spi.content.AlarmAction.Action.REVIEW_AT_NEXT_CONTACT;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.ACCOUNTABLE;
import static it.lombardia.irt.spi.content.RaciEntry.Raci.CONSULTED;
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

/** Arterial hypertension: protocol, pathway and team of the cardiology network. */
final class Hypertension {

  private Hypertension() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "hypertension-home-monitoring",
            Label.of(
                "Telemonitoraggio domiciliare della pressione arteriosa",
                "Home blood pressure telemonitoring"),
            List.of(ESH_2023, ESC_ESH_2018, ESH_BPM_2021, WORKING_GROUP),
            List.of(
                Criterion.of(
                    "hypertension-status",
                    Label.of(
                        "Ipertensione da confermare, non controllata o in titolazione della terapia",
                        "Hypertension to be confirmed, uncontrolled, or under treatment titration"),
                    "hypertension-status",
                    Operator.IN,
                    "suspected",
                    "uncontrolled",
                    "titration"),
                Criterion.of(
                    "adult",
                    Label.of("Età di almeno 18 anni", "Aged 18 or over"),
                    "age-years",
                    Operator.AT_LEAST,
                    "18"),
                Criterion.of(
                    "able-to-measure",
                    Label.of(
                        "Paziente o caregiver addestrato all'automisurazione della pressione",
                        "Patient or caregiver trained in home blood pressure measurement"),
                    "hbpm-training",
                    Operator.PRESENT),
                Criterion.of(
                    "consent",
                    Label.of(
                        "Consenso informato al telemonitoraggio",
                        "Informed consent to telemonitoring"),
                    "telemonitoring-consent",
                    Operator.PRESENT)),
            List.of(
                Criterion.of(
                    "pregnancy",
                    Label.of(
                        "Gravidanza (segue il percorso dell'ipertensione in gravidanza)",
                        "Pregnancy (follows the hypertension-in-pregnancy pathway)"),
                    "pregnancy",
                    Operator.PRESENT),
                Criterion.of(
                    "hypertensive-emergency",
                    Label.of(
                        "Emergenza ipertensiva in corso (danno d'organo acuto): gestione in urgenza",
                        "Ongoing hypertensive emergency (acute organ damage): emergency care"),
                    "hypertensive-emergency",
                    Operator.PRESENT)),
            List.of(
                VitalSign.SYSTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.DIASTOLIC_BLOOD_PRESSURE.parameter(Duration.ofDays(1)),
                VitalSign.HEART_RATE.parameter(Duration.ofDays(1))),
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
                    Label.of(
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
                    Label.of(
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
                    Label.of(
                        "L'infermiere fa ripetere la misura dopo 5 minuti di riposo; se confermata"
                            + " (≥160/100 mmHg) il MMG rivede la terapia entro pochi giorni.",
                        "The nurse has the reading repeated after 5 minutes' rest; if confirmed"
                            + " (≥160/100 mmHg) the GP reviews treatment within a few days.")),
                new AlarmAction(
                    CRITICAL,
                    List.of(CALL_BY_PHYSICIAN, EMERGENCY_118),
                    Label.of(
                        "Pressione ≥180/110 mmHg: il medico chiama il paziente in giornata. Se"
                            + " presenti dolore toracico, dispnea, deficit neurologici, disturbi"
                            + " visivi o cefalea intensa (sospetta emergenza ipertensiva)"
                            + " chiamare il 112 (NUE, AREU 118).",
                        "Blood pressure ≥180/110 mmHg: the physician calls the patient the same"
                            + " day. With chest pain, breathlessness, neurological deficits,"
                            + " visual disturbance or severe headache (suspected hypertensive"
                            + " emergency) call 112 (single emergency number, AREU 118)."))),
            List.of(
                PathwayStage.of(
                    "diagnosis-confirmation",
                    Label.of(
                        "Conferma diagnostica con automisurazione domiciliare di 7 giorni",
                        "Diagnosis confirmation with 7-day home blood pressure monitoring"),
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                PathwayStage.of(
                    "treatment-titration",
                    Label.of("Avvio e titolazione della terapia", "Treatment start and titration"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                PathwayStage.of(
                    "stable-follow-up",
                    Label.of(
                        "Follow-up del paziente controllato",
                        "Follow-up of the controlled patient"),
                    TelemedicineService.TELECONTROL,
                    TelemedicineService.TELECONSULT)),
            List.of(
                new RaciEntry(
                    Label.of("Arruolamento, PAI e terapia", "Enrolment, care plan and treatment"),
                    MMG,
                    ACCOUNTABLE),
                new RaciEntry(
                    Label.of(
                        "Ipertensione resistente o danno d'organo: teleconsulto",
                        "Resistant hypertension or organ damage: teleconsultation"),
                    CARDIOLOGIST,
                    CONSULTED),
                new RaciEntry(
                    Label.of(
                        "Addestramento all'automisurazione e revisione delle misure",
                        "Training in home measurement and review of readings"),
                    IFEC_NURSE,
                    RESPONSIBLE),
                new RaciEntry(
                    Label.of(
                        "Consegna e ritiro dello sfigmomanometro",
                        "Delivery and collection of the blood pressure monitor"),
                    COT,
                    RESPONSIBLE)),
            List.of(BP_MONITOR),
            List.of());
    return new ConditionDefinition(
        "hypertension", Label.of("Ipertensione arteriosa", "Arterial hypertension"), protocol);
  }
}
