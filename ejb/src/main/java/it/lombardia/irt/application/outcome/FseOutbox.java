package it.lombardia.irt.application.outcome;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.fse.DocumentKind;
import it.lombardia.irt.infrastructure.fse.FhirDocumentBundles;
import it.lombardia.irt.infrastructure.fse.FseDocument;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The FSE outbox: every signed outcome document (referto, annotation, collaborative and evaluation
 * reports, tele-control report) becomes an HL7 FHIR document bundle written in the transaction that
 * signs it, so it is sent exactly when the signature is kept; {@link FseDelivery} sends it.
 */
@Stateless
public class FseOutbox {

  @PersistenceContext EntityManager em;

  /**
   * The FSE's kind of an outcome document: the GP's annotation is the televisit's report when the
   * GP holds it (seed 003 §2.2.1), and a tele-control ends with a pathway's final report.
   */
  static DocumentKind kindOf(OutcomeKind kind) {
    return switch (kind) {
      case REFERTO, ANNOTATION -> DocumentKind.TELEVISIT_REPORT;
      case COLLABORATIVE_REPORT -> DocumentKind.TELECONSULT_REPORT;
      case EVALUATION_REPORT -> DocumentKind.HEALTH_TELECONSULTANCY_REPORT;
      case TELECONTROL_REPORT -> DocumentKind.FINAL_REPORT;
    };
  }

  /** Queues a signed outcome document, in the caller's transaction. */
  public void enqueue(
      OutcomeDocument document,
      Encounter encounter,
      Patient patient,
      Actor author,
      byte[] signedPdf,
      Instant now) {
    String bundleId =
        UUID.nameUUIDFromBytes(
                ("irt:" + author.tenantCode() + ":outcome:" + document.getId())
                    .getBytes(StandardCharsets.UTF_8))
            .toString();
    String json =
        FhirDocumentBundles.toJson(
            new FseDocument(
                bundleId,
                author.tenantCode(),
                author.tenantName(),
                patient.getCodiceFiscale(),
                patient.getFamilyName(),
                patient.getGivenName(),
                patient.getBirthDate(),
                patient.getSex(),
                author.name(),
                author.fullName(),
                kindOf(document.getKind()),
                OutcomeText.title(document.getKind()),
                now,
                document.getFields().stream()
                    .filter(f -> !f.text().isBlank())
                    .map(f -> new FseDocument.Section(OutcomeText.section(f.name()), f.text()))
                    .toList(),
                signedPdf));
    em.persist(
        new FseSubmission(document.getId(), bundleId, json.getBytes(StandardCharsets.UTF_8), now));
  }

  /** The ASST's submissions, latest first, for its administrator. */
  public List<FseSubmission> submissions(Long documentId) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    var query =
        em.createQuery(
            "select s from FseSubmission s"
                + (documentId == null ? "" : " where s.outcomeDocumentId = :d")
                + " order by s.id desc",
            FseSubmission.class);
    if (documentId != null) {
      query.setParameter("d", documentId);
    }
    return query.setMaxResults(500).getResultList();
  }
}
