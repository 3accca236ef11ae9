package it.lombardia.irt.interfaces.admin;

import java.time.Instant;
import java.util.List;

/**
 * One revision as the history page shows it: who by name, the ASST by name, and what changed —
 * every field on creation, only the changed ones (before → after) afterwards.
 */
public record HistoryRow(
    long revision,
    Instant time,
    String author,
    String tenant,
    String address,
    String change,
    List<FieldChange> fields) {

  /** A field's label with its value before the revision (null on creation) and after it. */
  public record FieldChange(String label, String before, String after) {}
}
