package it.lombardia.irt.plugins.respiratory;

import static it.lombardia.irt.plugins.respiratory.RespiratoryCatalogue.concat;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.BODY_TEMPERATURE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.respiratory.RespiratoryPlugin.RESPIRATORY_RATE;
import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.RaciEntry.Raci;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.TrendRule.Kind;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;

/**
 * The vital signs both respiratory conditions monitor, their default thresholds and trends, alarm
 * actions and roles.
 */
final class RespiratoryVitalSigns {

  private RespiratoryVitalSigns() {}

  static MonitoredParameter spo2(Duration every) {
    return VitalSign.OXYGEN_SATURATION.parameter(every);
  }

  static MonitoredParameter respiratoryRate() {
    return VitalSign.RESPIRATORY_RATE.parameter(Duration.ofDays(1));
  }

  static MonitoredParameter heartRate() {
    return VitalSign.HEART_RATE.parameter(Duration.ofDays(1));
  }

  static MonitoredParameter temperature() {
    return VitalSign.BODY_TEMPERATURE.parameter(Duration.ofDays(1));
  }

  /** Respiratory rate, heart rate and temperature: the same defaults in both protocols. */
  static List<Threshold> thresholds() {
    return List.of(
        // Respiratory rate: NEWS2 21-24 -> attention; Rome proposal >= 24 -> alarm; GOLD > 30.
        new Threshold(RESPIRATORY_RATE, ATTENTION, ABOVE, 20, 18, 24),
        new Threshold(RESPIRATORY_RATE, ALARM, ABOVE, 23, 21, 26),
        new Threshold(RESPIRATORY_RATE, CRITICAL, ABOVE, 30, 27, 35),
        // NEWS2: <= 8 breaths/min scores 3.
        new Threshold(RESPIRATORY_RATE, ALARM, BELOW, 9, 8, 10),
        // Heart rate: Rome proposal >= 95 -> attention; NEWS2 111-130 -> alarm, >= 131 critical.
        new Threshold(HEART_RATE, ATTENTION, ABOVE, 94, 90, 100),
        new Threshold(HEART_RATE, ALARM, ABOVE, 110, 101, 120),
        new Threshold(HEART_RATE, CRITICAL, ABOVE, 130, 121, 140),
        // NEWS2: 41-50 scores 1, <= 40 scores 3.
        new Threshold(HEART_RATE, ATTENTION, BELOW, 51, 45, 55),
        new Threshold(HEART_RATE, ALARM, BELOW, 41, 35, 44),
        // Temperature: NEWS2 38.1-39.0 scores 1, >= 39.1 scores 2, <= 35.0 scores 3.
        new Threshold(BODY_TEMPERATURE, ATTENTION, ABOVE, 38.0, 37.5, 38.5),
        new Threshold(BODY_TEMPERATURE, ALARM, ABOVE, 39.0, 38.6, 39.5),
        new Threshold(BODY_TEMPERATURE, ALARM, BELOW, 35.1, 35.0, 35.5));
  }

  /** Anthonisen minor criterion: rise in respiratory or heart rate by 20% over baseline. */
  static List<TrendRule> trends(String prefix) {
    return List.of(
        new TrendRule(
            prefix + "-respiratory-rate-rise",
            Label.of(
                "Frequenza respiratoria aumentata di almeno 4/min in 48 ore (circa +20%)",
                "Respiratory rate up by at least 4/min within 48 hours (about +20%)"),
            RESPIRATORY_RATE,
            Kind.RISE,
            4,
            Duration.ofHours(48),
            ATTENTION),
        new TrendRule(
            prefix + "-heart-rate-rise",
            Label.of(
                "Frequenza cardiaca aumentata di almeno 16/min in 48 ore (circa +20%)",
                "Heart rate up by at least 16/min within 48 hours (about +20%)"),
            HEART_RATE,
            Kind.RISE,
            16,
            Duration.ofHours(48),
            ATTENTION),
        new TrendRule(
            prefix + "-respiratory-rate-missing",
            Label.of(
                "Nessuna misura di frequenza respiratoria da 72 ore",
                "No respiratory rate reading for 72 hours"),
            RESPIRATORY_RATE,
            Kind.MISSING,
            0,
            Duration.ofHours(72),
            ATTENTION),
        new TrendRule(
            prefix + "-heart-rate-missing",
            Label.of(
                "Nessuna misura di frequenza cardiaca da 72 ore",
                "No heart rate reading for 72 hours"),
            HEART_RATE,
            Kind.MISSING,
            0,
            Duration.ofHours(72),
            ATTENTION));
  }

  static List<AlarmAction> alarmActions() {
    return List.of(
        new AlarmAction(
            ATTENTION,
            List.of(Action.CALL_BY_NURSE, Action.REVIEW_AT_NEXT_CONTACT),
            Label.of(
                "L'infermiere IFeC chiama il paziente entro la giornata lavorativa, fa ripetere la"
                    + " misura a riposo (5 minuti seduto, mani calde, lettura stabile per 1"
                    + " minuto), verifica sintomi, uso degli inalatori e dell'ossigeno; se"
                    + " confermato informa l'MMG.",
                "The IFeC nurse calls the patient within the working day, has the reading"
                    + " repeated at rest (5 minutes seated, warm hands, reading stable for 1"
                    + " minute), checks symptoms, inhaler and oxygen use; if confirmed, informs"
                    + " the MMG.")),
        new AlarmAction(
            ALARM,
            List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT, Action.HOME_VISIT),
            Label.of(
                "MMG o pneumologo contattano il paziente entro 4 ore; televisita o visita"
                    + " domiciliare per valutare una riacutizzazione (gravità secondo la proposta"
                    + " di Roma) e avviare il piano d'azione concordato.",
                "The MMG or pulmonologist contacts the patient within 4 hours; televisit or home"
                    + " visit to assess an exacerbation (severity by the Rome proposal) and start"
                    + " the agreed action plan.")),
        new AlarmAction(
            CRITICAL,
            List.of(Action.EMERGENCY_118, Action.CALL_BY_PHYSICIAN),
            Label.of(
                "Valore confermato da una seconda misura: si attiva subito il 118; il medico"
                    + " referente viene informato. Il paziente è istruito a chiamare il 118 da sé"
                    + " in caso di dispnea a riposo, confusione o sonnolenza.",
                "Value confirmed by a second reading: call 118 at once; the reference physician"
                    + " is informed. The patient is taught to call 118 directly for breathlessness"
                    + " at rest, confusion or drowsiness.")));
  }

  static List<RaciEntry> roles(boolean ltot) {
    Label enrol =
        Label.of(
            "Arruolamento e PAI con soglie personalizzate",
            "Enrolment and PAI with personalised thresholds");
    Label devices =
        Label.of(
            "Consegna dispositivi e addestramento del paziente",
            "Device delivery and patient training");
    Label daily =
        Label.of("Revisione quotidiana di misure e allarmi", "Daily review of readings and alarms");
    Label exacerbation =
        Label.of(
            "Gestione della sospetta riacutizzazione", "Management of a suspected exacerbation");
    Label rehab =
        Label.of(
            "Teleriabilitazione respiratoria secondo il PRI",
            "Pulmonary tele-rehabilitation according to the PRI");
    List<RaciEntry> common =
        List.of(
            new RaciEntry(enrol, "pulmonologist", Raci.RESPONSIBLE),
            new RaciEntry(enrol, "MMG", Raci.ACCOUNTABLE),
            new RaciEntry(enrol, "IFeC nurse", Raci.CONSULTED),
            new RaciEntry(devices, "IFeC nurse", Raci.RESPONSIBLE),
            new RaciEntry(devices, "MMG", Raci.INFORMED),
            new RaciEntry(daily, "IFeC nurse", Raci.RESPONSIBLE),
            new RaciEntry(daily, "MMG", Raci.ACCOUNTABLE),
            new RaciEntry(exacerbation, "MMG", Raci.RESPONSIBLE),
            new RaciEntry(exacerbation, "pulmonologist", Raci.CONSULTED),
            new RaciEntry(exacerbation, "IFeC nurse", Raci.INFORMED),
            new RaciEntry(rehab, "respiratory physiotherapist", Raci.RESPONSIBLE),
            new RaciEntry(rehab, "pulmonologist", Raci.ACCOUNTABLE),
            new RaciEntry(rehab, "physiatrist", Raci.CONSULTED),
            new RaciEntry(rehab, "MMG", Raci.INFORMED));
    if (!ltot) {
      return common;
    }
    Label oxygen =
        Label.of(
            "Revisione della prescrizione di ossigeno (flusso, ore/giorno)",
            "Review of the oxygen prescription (flow, hours a day)");
    return concat(
        common,
        List.of(
            new RaciEntry(oxygen, "pulmonologist", Raci.RESPONSIBLE),
            new RaciEntry(oxygen, "pulmonologist", Raci.ACCOUNTABLE),
            new RaciEntry(oxygen, "IFeC nurse", Raci.CONSULTED),
            new RaciEntry(oxygen, "MMG", Raci.INFORMED)));
  }
}
