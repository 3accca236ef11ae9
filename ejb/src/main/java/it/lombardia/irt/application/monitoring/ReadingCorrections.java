package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.ReadingCorrected;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.UnitSymbols;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

  @Inject HomeCareRecord record;
  @Inject MonitoringProfiles profiles;
  @Inject RecentReadings recent;

  void corrected(@Observes ReadingCorrected correction) {
    recent.forget(correction.patientId(), correction.code());
    record.append(
        correction.patientId(),
        RecordEntry.Type.MEASUREMENTS,
        text(correction, parameterName(correction)),
        "measurement:" + correction.correctionId());
  }

  /** The parameter's name from the profile in force (cached: no query per correction). */
  private Label parameterName(ReadingCorrected correction) {
    return profiles
        .profile(correction.patientId())
        .parameter(correction.code())
        .map(p -> p.name())
        .orElse(Label.of(correction.code(), correction.code()));
  }

  static EntryText text(ReadingCorrected correction, Label parameter) {
    EntryArg why =
        EntryArg.optional(
            correction.note() == null
                ? null
                : EntryMessage.COLON_REMARK.with(EntryArg.text(correction.note())));
    EntryArg by = EntryArg.user(CallContext.requireActor().name());
    return correction.withdrawn()
        ? EntryMessage.READING_WITHDRAWN.with(
            EntryArg.bilingual(parameter), EntryArg.dateTime(correction.effectiveAt()), by, why)
        : EntryMessage.READING_AMENDED.with(
            EntryArg.bilingual(parameter),
            EntryArg.dateTime(correction.effectiveAt()),
            EntryArg.number(correction.value()),
            EntryArg.text(UnitSymbols.readable(correction.unit())),
            by,
            why);
  }
}
