package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import java.time.Instant;
import java.util.List;

/** An {@link EncounterMessage} as the REST API shows it. */
public record EncounterMessageJson(
    String tenantCode,
    Long id,
    Long encounterId,
    String author,
    EncounterMessage.Kind kind,
    String body,
    String link,
    List<Long> documentIds,
    Instant postedAt) {

  public static EncounterMessageJson of(EncounterMessage x) {
    return new EncounterMessageJson(
        x.getTenantCode(),
        x.getId(),
        x.getEncounterId(),
        x.getAuthor(),
        x.getKind(),
        x.getBody(),
        x.getLink(),
        x.getDocumentIds(),
        x.getPostedAt());
  }
}
