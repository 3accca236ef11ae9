package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.ReadingCorrected;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The effects of a corrected reading (amended or entered-in-error): the entry in the patient's
 * home-care record — which reading, by whom, and why when the sender said so: a reading that
 * disappears from the charts must leave a trace the care team can read — and the eviction of the
 * parameter's cached recent series, so the trend rules read the corrected series. Both inside the
 * correction's transaction: the entry is stored with the correction or not at all, and the cache
 * evicts now and again after commit (see {@code MonitoringCache}).
 */
@ApplicationScoped
public class ReadingCorrections {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Italy.ZONE);

  @Inject HomeCareRecord record;
  @Inject MonitoringProfiles profiles;
  @Inject RecentReadings recent;

  void corrected(@Observes ReadingCorrected correction) {
    recent.forget(correction.patientId(), correction.code());
    record.append(
        correction.patientId(),
        RecordEntry.Type.MEASUREMENTS,
        summary(correction, parameterName(correction)),
        "measurement:" + correction.correctionId());
  }

  /** The parameter's Italian name from the profile in force (cached: no query per correction). */
  private String parameterName(ReadingCorrected correction) {
    return profiles
        .profile(correction.patientId())
        .parameter(correction.code())
        .map(p -> p.name().it())
        .orElse(correction.code());
  }

  static String summary(ReadingCorrected correction, String parameter) {
    String what =
        correction.withdrawn()
            ? "annullata (inserita per errore)"
            : "corretta in " + number(correction.value()) + " " + correction.unit();
    return "Misurazione di %s del %s %s da %s%s"
        .formatted(
            parameter,
            WHEN.format(correction.effectiveAt()),
            what,
            CallContext.requireActor().fullName(),
            correction.note() == null ? "" : ": " + correction.note());
  }

  private static String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ITALY);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
