package it.lombardia.irt.plugins.respiratory;

import static it.lombardia.irt.plugins.respiratory.RespiratoryCatalogue.concat;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ANTHONISEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BTS_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.CHECKLIST;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.FEV1;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.GOLD;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MMRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.NEWS2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.OXIMETER_SPOT;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.REHAB;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ROME;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.SPIROMETER;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.SPO2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.THERMOMETER;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import java.time.Duration;
import java.util.List;

/** Chronic obstructive pulmonary disease: protocol, pathway and team of the respiratory network. */
final class Copd {

  private Copd() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "copd-telemonitoring",
            Label.of(
                "PDTA telemonitoraggio BPCO a rischio di riacutizzazione",
                "Telemonitoring protocol for COPD at risk of exacerbation"),
            List.of(GOLD, BTS_OXYGEN, ANTHONISEN, ROME, NEWS2, MRC, REHAB),
            List.of(
                Criterion.of(
                    "copd-spirometric-diagnosis",
                    Label.of(
                        "Diagnosi spirometrica di BPCO: FEV1/FVC post-broncodilatatore < 0,70",
                        "Spirometric COPD diagnosis: post-bronchodilator FEV1/FVC < 0.70"),
                    "fev1-fvc-post-bronchodilator",
                    Operator.AT_MOST,
                    "0.69"),
                Criterion.of(
                    "copd-gold-group-b-or-e",
                    Label.of(
                        "Gruppo GOLD B (sintomatico) o E (riacutizzatore)",
                        "GOLD group B (symptomatic) or E (exacerbator)"),
                    "copd-gold-group",
                    Operator.IN,
                    "B",
                    "E"),
                Criterion.of(
                    "copd-fev1-below-80",
                    Label.of(
                        "Ostruzione almeno moderata: FEV1 < 80% del predetto (GOLD 2-4)",
                        "At least moderate obstruction: FEV1 < 80% predicted (GOLD 2-4)"),
                    "fev1-percent-predicted",
                    Operator.AT_MOST,
                    "79"),
                Criterion.of(
                    "copd-recent-exacerbation",
                    Label.of(
                        "Almeno una riacutizzazione moderata o grave negli ultimi 12 mesi",
                        "At least one moderate or severe exacerbation in the last 12 months"),
                    "exacerbations-last-year",
                    Operator.AT_LEAST,
                    "1"),
                Criterion.of(
                    "copd-device-use",
                    Label.of(
                        "Paziente o caregiver in grado di usare i dispositivi",
                        "Patient or caregiver able to use the devices"),
                    "able-to-use-devices",
                    Operator.EQUALS,
                    "true")),
            List.of(
                Criterion.of(
                    "copd-on-ltot",
                    Label.of(
                        "In ossigenoterapia a lungo termine: seguire il protocollo LTOT",
                        "On long-term oxygen therapy: follow the LTOT protocol instead"),
                    "on-ltot",
                    Operator.EQUALS,
                    "true"),
                Criterion.of(
                    "copd-palliative-care",
                    Label.of(
                        "Preso in carico dalla rete di cure palliative",
                        "Followed by the palliative care network"),
                    "in-palliative-care",
                    Operator.EQUALS,
                    "true"),
                Criterion.of(
                    "copd-residential-care",
                    Label.of(
                        "Ospite di struttura residenziale (RSA) con monitoraggio del personale",
                        "Living in a residential care home (RSA) monitored by its staff"),
                    "in-residential-care",
                    Operator.EQUALS,
                    "true")),
            List.of(
                RespiratoryVitalSigns.spo2(Duration.ofDays(1)),
                RespiratoryVitalSigns.respiratoryRate(),
                RespiratoryVitalSigns.heartRate(),
                RespiratoryVitalSigns.temperature(),
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
                RespiratoryVitalSigns.thresholds()),
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
                RespiratoryVitalSigns.trends("copd")),
            RespiratoryVitalSigns.alarmActions(),
            List.of(
                PathwayStage.of(
                    "enrolment-and-training",
                    Label.of(
                        "Presa in carico, consegna dispositivi e addestramento",
                        "Enrolment, device delivery and training"),
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                PathwayStage.of(
                    "post-exacerbation",
                    Label.of(
                        "Dopo dimissione per riacutizzazione (primi 30 giorni)",
                        "After discharge for an exacerbation (first 30 days)"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELEASSISTANCE),
                PathwayStage.of(
                    "stable-follow-up",
                    Label.of("Follow-up in fase stabile", "Stable follow-up"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.HEALTH_TELECONSULTANCY),
                PathwayStage.of(
                    "pulmonary-rehabilitation",
                    Label.of(
                        "Riabilitazione respiratoria (dopo UVM in presenza e PRI)",
                        "Pulmonary rehabilitation (after in-person UVM and PRI)"),
                    TelemedicineService.TELEREHABILITATION,
                    TelemedicineService.TELEASSISTANCE)),
            RespiratoryVitalSigns.roles(false),
            List.of(OXIMETER_SPOT, THERMOMETER, SPIROMETER),
            List.of(MMRC, CHECKLIST));
    return new ConditionDefinition(
        "copd",
        Label.of(
            "Broncopneumopatia cronica ostruttiva (BPCO)",
            "Chronic obstructive pulmonary disease (COPD)"),
        protocol);
  }
}
