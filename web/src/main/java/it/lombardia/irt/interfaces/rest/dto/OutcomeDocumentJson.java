package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import java.time.Instant;
import java.util.List;

/** An {@link OutcomeDocument} as the REST API shows it. */
public record OutcomeDocumentJson(
    String tenantCode,
    Long id,
    Long encounterId,
    Long patientId,
    OutcomeKind kind,
    OutcomeDocument.Status status,
    List<OutcomeDocument.Field> fields,
    String author,
    List<OutcomeDocument.SignOff> signOffs,
    Instant createdAt,
    Instant finalisedAt,
    Long patientDocumentId,
    boolean signed) {

  public static OutcomeDocumentJson of(OutcomeDocument x) {
    return new OutcomeDocumentJson(
        x.getTenantCode(),
        x.getId(),
        x.getEncounterId(),
        x.getPatientId(),
        x.getKind(),
        x.getStatus(),
        x.getFields(),
        x.getAuthor(),
        x.getSignOffs(),
        x.getCreatedAt(),
        x.getFinalisedAt(),
        x.getPatientDocumentId(),
        x.isSigned());
  }
}
