package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.record.RecordEntry;
import java.time.Instant;

/** A {@link RecordEntry} as the REST API shows it, its summary in the language asked for. */
public record RecordEntryJson(
    String tenantCode,
    Long id,
    Long patientId,
    RecordEntry.Type type,
    Instant occurredAt,
    String author,
    String summary,
    String reference) {

  public static RecordEntryJson of(RecordEntry x, String summary) {
    return new RecordEntryJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getType(),
        x.getOccurredAt(),
        x.getAuthor(),
        summary,
        x.getReference());
  }
}
