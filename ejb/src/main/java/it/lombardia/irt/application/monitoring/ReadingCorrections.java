package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes each correction of a reading (amended or entered-in-error) to the patient's home-care
 * record: which reading, by whom, and why when the sender said so — a reading that disappears from
 * the charts must leave a trace the care team can read.
 */
@Stateless
public class ReadingCorrections {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Italy.ZONE);

  @Inject HomeCareRecord record;

  public void record(
      Patient patient, Measurement correction, String note, MonitoringProfile profile) {
    String parameter =
        profile
            .parameter(correction.getCode())
            .map(p -> p.name().it())
            .orElse(correction.getCode());
    String what =
        correction.getStatus() == Measurement.Status.ENTERED_IN_ERROR
            ? "annullata (inserita per errore)"
            : "corretta in " + number(correction.getValue()) + " " + correction.getUnit();
    String summary =
        "Misurazione di %s del %s %s da %s%s"
            .formatted(
                parameter,
                WHEN.format(correction.getEffectiveAt()),
                what,
                CallContext.requireActor().fullName(),
                note == null ? "" : ": " + note);
    record.append(
        patient.getId(),
        RecordEntry.Type.MEASUREMENTS,
        summary,
        "measurement:" + correction.getId());
  }

  private static String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ITALY);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
