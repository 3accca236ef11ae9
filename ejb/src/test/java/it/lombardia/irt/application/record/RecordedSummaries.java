package it.lombardia.irt.application.record;

import it.lombardia.irt.domain.model.record.RecordEntry;
import java.util.ArrayList;
import java.util.List;

/** A home-care record that keeps the summaries written to it, for tests without a database. */
public class RecordedSummaries extends HomeCareRecord {

  public final List<String> summaries = new ArrayList<>();

  @Override
  public RecordEntry append(long patientId, RecordEntry.Type type, String summary, String ref) {
    summaries.add(summary);
    return null;
  }
}
