package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.ReadingCorrected;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a corrected reading leaves: the record's entry (which reading, by whom, why), a forgotten
 * series.
 */
class ReadingCorrectionsTest {

  private static final Instant TAKEN = Instant.parse("2026-03-10T08:00:00Z");
  private static final Actor NURSE =
      new Actor(
          "nurse", "Anna Verdi", "ASST-TEST", "ASST di prova", Set.of(Role.NURSE), null, null);

  private final RecordedEntries recorded = new RecordedEntries();
  private final List<String> forgotten = new ArrayList<>();
  private final ReadingCorrections corrections = new ReadingCorrections();

  ReadingCorrectionsTest() {
    corrections.record = recorded;
    corrections.profiles =
        new MonitoringProfiles() {
          @Override
          public MonitoringProfile profile(long patientId) {
            return new MonitoringProfile(patientId, List.of(), List.of()); // no plan names it
          }
        };
    corrections.recent =
        new RecentReadings() {
          @Override
          public void forget(long patientId, String code) {
            forgotten.add(patientId + ":" + code);
          }
        };
  }

  @Test
  void aWithdrawnReadingIsWrittenWithWhoAndWhyAndItsSeriesIsForgotten() {
    correct(Measurement.Status.ENTERED_IN_ERROR, 88, "sensore staccato");

    assertEquals(
        List.of(
            "record.entry.reading.withdrawn(59408-5; 2026-03-10T08:00:00Z; nurse;"
                + " record.entry.remark.colon(sensore staccato))"),
        recorded.entries);
    assertEquals(List.of("42:59408-5"), forgotten);
  }

  @Test
  void anAmendedReadingIsWrittenWithItsNewValue() {
    correct(Measurement.Status.AMENDED, 92.5, null);

    assertEquals(
        List.of("record.entry.reading.amended(59408-5; 2026-03-10T08:00:00Z; 92.5; %; nurse; )"),
        recorded.entries);
  }

  private void correct(Measurement.Status status, double value, String note) {
    CallContext.as(
        NURSE,
        () -> {
          corrections.corrected(
              new ReadingCorrected(11, 42, "59408-5", TAKEN, status, value, "%", note));
          return null;
        });
  }
}
