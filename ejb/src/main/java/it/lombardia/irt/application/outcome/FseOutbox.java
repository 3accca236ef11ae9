package it.lombardia.irt.application.outcome;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.CarePlan;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The FSE outbox: every signed outcome document (referto, annotation, collaborative and evaluation
 * reports, tele-control and tele-rehabilitation reports) and every approved version of a care plan
 * (PAI, PRI) becomes an HL7 FHIR document bundle written in the transaction that signs or approves
 * it, so it is sent exactly when that is kept; {@link FseDelivery} sends it.
 */
@Stateless
public class FseOutbox {

  @PersistenceContext EntityManager em;

  /**
   * The FSE's kind of an outcome document: the GP's annotation is the televisit's report when the
   * GP holds it (seed 003 §2.2.1); a tele-control and a tele-rehabilitation cycle end with a final
   * report.
   */
  static DocumentKind kindOf(OutcomeKind kind) {
    return switch (kind) {
      case REFERTO, ANNOTATION -> DocumentKind.TELEVISIT_REPORT;
      case COLLABORATIVE_REPORT -> DocumentKind.TELECONSULT_REPORT;
      case EVALUATION_REPORT -> DocumentKind.HEALTH_TELECONSULTANCY_REPORT;
      case TELECONTROL_REPORT, REHABILITATION_REPORT -> DocumentKind.FINAL_REPORT;
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
    String bundleId = bundleId(author, "outcome:" + document.getId());
    String json =
        FhirDocumentBundles.toJson(
            document(
                bundleId,
                patient,
                author,
                kindOf(document.getKind()),
                OutcomeText.title(document.getKind()),
                now,
                document.getFields().stream()
                    .filter(f -> !f.text().isBlank())
                    .map(f -> new FseDocument.Section(OutcomeText.section(f.name()), f.text()))
                    .toList(),
                signedPdf,
                null));
    em.persist(
        new FseSubmission(document.getId(), bundleId, json.getBytes(StandardCharsets.UTF_8), now));
  }

  /**
   * Queues the signed document of an approved care plan version (PAI, PRI), in the approval's
   * transaction. It replaces the document of the newest earlier version sent to the FSE, if any (a
   * version approved before plans were sent has none). A version already queued is not queued
   * again.
   */
  public void enqueuePlan(
      CarePlan plan,
      Patient patient,
      Actor approver,
      String title,
      List<FseDocument.Section> sections,
      byte[] signedPdf) {
    if (!em.createQuery("select s.id from FseSubmission s where s.carePlanId = :p", Long.class)
        .setParameter("p", plan.getId())
        .getResultList()
        .isEmpty()) {
      return;
    }
    String replaces =
        em.createQuery(
                "select s.bundleId from FseSubmission s, CarePlan p where s.carePlanId = p.id"
                    + " and p.enrolmentId = :e and p.kind = :k and p.planNumber < :n"
                    + " order by p.planNumber desc",
                String.class)
            .setParameter("e", plan.getEnrolmentId())
            .setParameter("k", plan.getKind())
            .setParameter("n", plan.getPlanNumber())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String bundleId = bundleId(approver, "care-plan:" + plan.getId());
    String json =
        FhirDocumentBundles.toJson(
            document(
                bundleId,
                patient,
                approver,
                DocumentKind.CARE_PLAN,
                title,
                plan.getApprovedAt(),
                sections,
                signedPdf,
                replaces));
    em.persist(
        FseSubmission.ofPlan(
            plan.getId(),
            plan.getPlanNumber(),
            bundleId,
            json.getBytes(StandardCharsets.UTF_8),
            plan.getApprovedAt()));
  }

  /** Where a care plan version's document stands on its way to the FSE, if it was queued. */
  public Optional<FseSubmission> ofPlan(long planId) {
    return em.createQuery(
            "select s from FseSubmission s where s.carePlanId = :p", FseSubmission.class)
        .setParameter("p", planId)
        .getResultStream()
        .findFirst();
  }

  /** The same for the same document of the same ASST, so a resend is recognised. */
  private static String bundleId(Actor author, String document) {
    return UUID.nameUUIDFromBytes(
            ("irt:" + author.tenantCode() + ":" + document).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static FseDocument document(
      String bundleId,
      Patient patient,
      Actor author,
      DocumentKind kind,
      String title,
      Instant at,
      List<FseDocument.Section> sections,
      byte[] signedPdf,
      String replaces) {
    return new FseDocument(
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
        kind,
        title,
        at,
        sections,
        signedPdf,
        replaces);
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
