package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.record.RecordEntry;
import java.time.Instant;

/** A {@link RecordEntry} as the REST API shows it. */
public record RecordEntryJson(
    String tenantCode,
    Long id,
    Long patientId,
    RecordEntry.Type type,
    Instant occurredAt,
    String author,
    String summary,
    String reference) {

  public static RecordEntryJson of(RecordEntry x) {
    return new RecordEntryJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getType(),
        x.getOccurredAt(),
        x.getAuthor(),
        x.getSummary(),
        x.getReference());
  }
}
