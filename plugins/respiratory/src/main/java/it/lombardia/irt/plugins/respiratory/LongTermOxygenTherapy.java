package it.lombardia.irt.plugins.respiratory;

import static it.lombardia.irt.plugins.respiratory.RespiratoryCatalogue.concat;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.AASM;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ANTHONISEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BTS_HOME_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BTS_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.CHECKLIST;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.CMS_OXYGEN;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.GOLD;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.INOX;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MMRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.MRC;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.NEWS2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.OXIMETER_CONTINUOUS;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.OXIMETER_SPOT;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.PULSE_RATE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.REHAB;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.ROME;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.SPO2;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.THERMOMETER;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
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
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import java.time.Duration;
import java.util.List;

/** Chronic respiratory failure on long-term oxygen therapy: protocol, pathway and team. */
final class LongTermOxygenTherapy {

  private LongTermOxygenTherapy() {}

  static ConditionDefinition definition() {
    Protocol protocol =
        new Protocol(
            "ltot-telemonitoring",
            Label.of(
                "PDTA telemonitoraggio insufficienza respiratoria cronica in ossigenoterapia",
                "Telemonitoring protocol for chronic respiratory failure on long-term oxygen"),
            List.of(
                GOLD,
                BTS_OXYGEN,
                BTS_HOME_OXYGEN,
                ANTHONISEN,
                ROME,
                NEWS2,
                MRC,
                REHAB,
                INOX,
                AASM,
                CMS_OXYGEN),
            List.of(
                Criterion.of(
                    "ltot-prescribed",
                    Label.of(
                        "Ossigenoterapia a lungo termine prescritta dallo pneumologo",
                        "Long-term oxygen therapy prescribed by a pulmonologist"),
                    "on-ltot",
                    Operator.EQUALS,
                    "true"),
                Criterion.of(
                    "ltot-hours",
                    Label.of(
                        "Ossigeno prescritto per almeno 15 ore al giorno",
                        "Oxygen prescribed for at least 15 hours a day"),
                    "ltot-hours-per-day",
                    Operator.AT_LEAST,
                    "15"),
                Criterion.of(
                    "ltot-device-use",
                    Label.of(
                        "Paziente o caregiver in grado di usare i dispositivi",
                        "Patient or caregiver able to use the devices"),
                    "able-to-use-devices",
                    Operator.EQUALS,
                    "true")),
            List.of(
                Criterion.of(
                    "ltot-home-invasive-ventilation",
                    Label.of(
                        "Ventilazione invasiva domiciliare (tracheostomia): percorso dedicato",
                        "Home invasive ventilation (tracheostomy): dedicated pathway"),
                    "home-invasive-ventilation",
                    Operator.EQUALS,
                    "true"),
                Criterion.of(
                    "ltot-palliative-care",
                    Label.of(
                        "Preso in carico dalla rete di cure palliative",
                        "Followed by the palliative care network"),
                    "in-palliative-care",
                    Operator.EQUALS,
                    "true"),
                Criterion.of(
                    "ltot-residential-care",
                    Label.of(
                        "Ospite di struttura residenziale (RSA) con monitoraggio del personale",
                        "Living in a residential care home (RSA) monitored by its staff"),
                    "in-residential-care",
                    Operator.EQUALS,
                    "true")),
            List.of(
                // overnight oximetry as one series: 5 minutes beyond a threshold is an episode
                // (CMS NCD 240.2); T90 (INOX) and the 3 % desaturation index (AASM)
                RespiratoryVitalSigns.spo2(Duration.ofDays(1))
                    .recordedContinuously(
                        new ContinuousRecording(
                            Duration.ofMinutes(5),
                            90.0,
                            null,
                            List.of(ContinuousRecording.Index.OXYGEN_DESATURATION_INDEX))),
                RespiratoryVitalSigns.respiratoryRate(),
                RespiratoryVitalSigns.heartRate(),
                new MonitoredParameter(
                        PULSE_RATE,
                        Label.of(
                            "Frequenza del polso (pulsossimetria)", "Pulse rate (pulse oximetry)"),
                        "/min",
                        20,
                        250,
                        Duration.ofDays(1))
                    .recordedContinuously(
                        new ContinuousRecording(Duration.ofMinutes(5), null, null, List.of())),
                RespiratoryVitalSigns.temperature()),
            concat(
                List.of(
                    // SpO2 on prescribed oxygen: BTS target range 88-92% (see README).
                    new Threshold(SPO2, ATTENTION, BELOW, 88, 86, 90),
                    new Threshold(SPO2, ALARM, BELOW, 85, 82, 88),
                    new Threshold(SPO2, CRITICAL, BELOW, 80, 75, 85),
                    new Threshold(SPO2, ATTENTION, ABOVE, 92, 92, 96),
                    // pulse rate of the overnight oximetry: the NEWS2 limits of heart rate
                    new Threshold(PULSE_RATE, ALARM, ABOVE, 110, 101, 120),
                    new Threshold(PULSE_RATE, CRITICAL, ABOVE, 130, 121, 140),
                    new Threshold(PULSE_RATE, ALARM, BELOW, 41, 35, 44)),
                RespiratoryVitalSigns.thresholds()),
            concat(
                List.of(
                    new TrendRule(
                        "ltot-spo2-fall",
                        Label.of(
                            "SpO2 in ossigeno scesa di oltre 3 punti in 48 ore",
                            "SpO2 on oxygen fallen by more than 3 points within 48 hours"),
                        SPO2,
                        Kind.FALL,
                        4,
                        Duration.ofHours(48),
                        ALARM),
                    new TrendRule(
                        "ltot-spo2-missing",
                        Label.of(
                            "Nessuna misura di SpO2 da 36 ore", "No SpO2 reading for 36 hours"),
                        SPO2,
                        Kind.MISSING,
                        0,
                        Duration.ofHours(36),
                        ATTENTION)),
                RespiratoryVitalSigns.trends("ltot")),
            RespiratoryVitalSigns.alarmActions(),
            List.of(
                PathwayStage.of(
                    "ltot-start",
                    Label.of(
                        "Avvio ossigenoterapia: addestramento all'uso di ossigeno e dispositivi",
                        "LTOT start: training in oxygen and device use"),
                    TelemedicineService.TELEASSISTANCE,
                    TelemedicineService.TELEMONITORING_LEVEL_1),
                PathwayStage.of(
                    "ltot-follow-up",
                    Label.of(
                        "Follow-up in ossigenoterapia e rivalutazione della prescrizione",
                        "Follow-up on oxygen and review of the prescription"),
                    TelemedicineService.TELEMONITORING_LEVEL_1,
                    TelemedicineService.TELEVISIT,
                    TelemedicineService.TELECONSULT,
                    TelemedicineService.TELEASSISTANCE),
                PathwayStage.of(
                    "pulmonary-rehabilitation",
                    Label.of(
                        "Riabilitazione respiratoria (dopo UVM in presenza e PRI)",
                        "Pulmonary rehabilitation (after in-person UVM and PRI)"),
                    TelemedicineService.TELEREHABILITATION,
                    TelemedicineService.TELEASSISTANCE)),
            RespiratoryVitalSigns.roles(true),
            List.of(OXIMETER_SPOT, OXIMETER_CONTINUOUS, THERMOMETER),
            List.of(MMRC, CHECKLIST));
    return new ConditionDefinition(
        "chronic-respiratory-failure-ltot",
        Label.of(
            "Insufficienza respiratoria cronica in ossigenoterapia a lungo termine",
            "Chronic respiratory failure on long-term oxygen therapy"),
        protocol);
  }
}
