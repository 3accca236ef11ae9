package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.util.Set;

/** A {@link Consent} as the REST API shows it. */
public record ConsentJson(
    String tenantCode,
    boolean valid,
    Long id,
    Long patientId,
    Long enrolmentId,
    ConsentText.Kind kind,
    Long consentTextId,
    Long privacyNoticeId,
    Consent.Method method,
    Long documentId,
    Set<TelemedicineService> services,
    String collectedBy,
    Instant collectedAt,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason) {

  public static ConsentJson of(Consent x) {
    return new ConsentJson(
        x.getTenantCode(),
        x.isValid(),
        x.getId(),
        x.getPatientId(),
        x.getEnrolmentId(),
        x.getKind(),
        x.getConsentTextId(),
        x.getPrivacyNoticeId(),
        x.getMethod(),
        x.getDocumentId(),
        x.getServices(),
        x.getCollectedBy(),
        x.getCollectedAt(),
        x.getWithdrawnAt(),
        x.getWithdrawnBy(),
        x.getWithdrawalReason());
  }
}
