package it.lombardia.irt.application.outcome;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.encounter.Rehabilitations;
import it.lombardia.irt.application.encounter.TeleControls;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.application.report.TableReport;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.signature.PadesSigner;
import it.lombardia.irt.infrastructure.signature.TenantSigningKeys;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome documents of an encounter. A televisit ends with a referto when a specialist leads
 * it, with an annotation when an MMG or PLS does; a teleconsult with a relazione collaborativa; a
 * teleconsultancy with an evaluation report; a tele-control and a tele-rehabilitation cycle with
 * their final report, which concludes them. Once final, the document is rendered as a PDF into the
 * patient's record; a referto is signed (PAdES, with the ASST's certificate) and queued for the FSE
 * in the same transaction.
 */
@Stateless
public class OutcomeDocuments {

  private static final Role[] PROFESSIONALS = {
    Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL
  };
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Encounters encounters;
  @Inject HomeCareRecord record;
  @Inject TenantSigningKeys signingKeys;
  @Inject FseOutbox fse;
  @Inject UserDirectory users;
  @Inject TeleControls teleControls;
  @Inject Rehabilitations rehabilitations;

  /**
   * The encounter's draft of its outcome document, made on first call (a consult's question is
   * copied in); by the lead or a consulted colleague.
   */
  public OutcomeDocument draft(long encounterId) {
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    Encounter encounter = encounters.encounter(encounterId);
    requireInvolved(encounter, actor);
    OutcomeKind kind = kindFor(encounter);
    List<OutcomeDocument> existing = ofEncounter(encounterId);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    RuleViolation.require(encounter.isOpen(), "error.encounter.closed", "the encounter is over");
    OutcomeDocument document =
        new OutcomeDocument(
            encounterId, encounter.getPatientId(), kind, actor.name(), clock.instant());
    document.write(initialSections(encounter), actor.name());
    em.persist(document);
    return document;
  }

  /**
   * What IRT writes into a new draft: a consult's question, a tele-control's shared data, a
   * rehabilitation cycle's sessions and objectives.
   */
  private Map<String, String> initialSections(Encounter encounter) {
    if (encounter.getQuestion() != null) {
      return Map.of("QUESTION", encounter.getQuestion());
    }
    if (encounter.getService() == TelemedicineService.TELECONTROL) {
      return Map.of("SHARED_DATA", teleControls.sharedData(encounter.getCarePlanId()));
    }
    if (encounter.getService() == TelemedicineService.TELEREHABILITATION) {
      return Map.of("PROGRESS", rehabilitations.progress(encounter.getCarePlanId()));
    }
    return Map.of();
  }

  /** Writes the draft's sections (by name); earlier sign-offs no longer hold. */
  public OutcomeDocument write(long documentId, Map<String, String> fields) {
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    OutcomeDocument document = locked(documentId);
    requireInvolved(encounters.encounter(document.getEncounterId()), actor);
    document.write(fields, actor.name());
    return document;
  }

  /**
   * Signs the document (the author) or signs it off (a consulted colleague); when it becomes final,
   * its PDF, signed by who made it final, goes into the record and is queued for the FSE.
   */
  public OutcomeDocument signOff(long documentId) {
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    OutcomeDocument document = locked(documentId);
    Encounter encounter = encounters.encounter(document.getEncounterId());
    requireInvolved(encounter, actor);
    Instant now = clock.instant();
    if (document.getKind() == OutcomeKind.TELECONTROL_REPORT) {
      teleControls.requireCallHeld(encounter.getCarePlanId());
    }
    if (document.getKind() == OutcomeKind.REHABILITATION_REPORT) {
      rehabilitations.requireOpenCycleWithSessions(encounter.getCarePlanId());
    }
    if (document.signOff(actor.name(), encounter.consulted(), now)) {
      publish(document, encounter, actor, now);
      if (document.getKind() == OutcomeKind.TELECONTROL_REPORT) {
        teleControls.conclude(encounter.getCarePlanId(), now);
      }
      if (document.getKind() == OutcomeKind.REHABILITATION_REPORT) {
        rehabilitations.conclude(encounter.getCarePlanId(), actor, now);
      }
    }
    return document;
  }

  public List<OutcomeDocument> ofEncounter(long encounterId) {
    encounters.encounter(encounterId);
    return em.createQuery(
            "select d from OutcomeDocument d where d.encounterId = :e order by d.id",
            OutcomeDocument.class)
        .setParameter("e", encounterId)
        .getResultList();
  }

  /**
   * Where a signed document stands on its way to the FSE, for those who may read it: empty for a
   * document that is not sent there (unsigned, or a kind the FSE does not take).
   */
  public Optional<Delivery> fseDelivery(long documentId) {
    document(documentId);
    return em.createQuery(
            "select s from FseSubmission s where s.outcomeDocumentId = :d order by s.id desc",
            FseSubmission.class)
        .setParameter("d", documentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(FseSubmission::getDelivery);
  }

  public OutcomeDocument document(long documentId) {
    OutcomeDocument document = em.find(OutcomeDocument.class, documentId);
    if (document == null) {
      throw new NotFoundException("OutcomeDocument", documentId);
    }
    encounters.encounter(document.getEncounterId());
    return document;
  }

  /** The final document's PDF (signed, for a referto). */
  public PatientDocument pdf(long documentId) {
    OutcomeDocument document = document(documentId);
    RuleViolation.require(
        document.getPatientDocumentId() != null,
        "error.outcome.notFinal",
        "the document has no PDF until it is final");
    return record.document(document.getPatientId(), document.getPatientDocumentId());
  }

  private void publish(OutcomeDocument document, Encounter encounter, Actor actor, Instant now) {
    Patient patient = em.find(Patient.class, document.getPatientId());
    byte[] pdf =
        PadesSigner.sign(
            report(document, encounter, patient, actor, now).toPdf(),
            signingKeys.of(actor.tenantCode()),
            actor.fullName(),
            OutcomeText.title(document.getKind()),
            actor.tenantName(),
            now);
    PatientDocument stored =
        record.addDocument(
            patient.getId(),
            OutcomeText.title(document.getKind())
                + " del "
                + RecordText.date(now.atZone(Italy.ZONE).toLocalDate()),
            "application/pdf",
            pdf);
    document.renderedAs(stored.getId(), true);
    fse.enqueue(document, encounter, patient, actor, pdf, now);
  }

  private TableReport report(
      OutcomeDocument document, Encounter encounter, Patient patient, Actor actor, Instant now) {
    List<String> header = new ArrayList<>();
    header.add(actor.tenantName());
    header.add(RecordText.patient(patient));
    header.add(
        RecordText.service(encounter.getService())
            + (encounter.getScheduledAt() == null
                ? ""
                : " del " + WHEN.format(encounter.getScheduledAt().atZone(Italy.ZONE)))
            + " — condotta da "
            + professional(encounter.getLeadUsername())
            + (encounter.consulted().isEmpty()
                ? ""
                : " — consulenti: "
                    + String.join(
                        ", ", encounter.consulted().stream().map(this::professional).toList())));
    if (encounter.getNre() != null) {
      header.add("NRE: " + encounter.getNre());
    }
    header.add(
        "Redatto da "
            + professional(document.getAuthor())
            + "; firmato da "
            + String.join(
                ", ", document.getSignOffs().stream().map(s -> professional(s.username())).toList())
            + " il "
            + WHEN.format(now.atZone(Italy.ZONE)));
    List<List<String>> rows =
        document.getFields().stream()
            .filter(f -> !f.text().isBlank())
            .map(f -> List.of(OutcomeText.section(f.name()), f.text()))
            .toList();
    return new TableReport(
        OutcomeText.title(document.getKind()),
        header,
        List.of("Sezione", "Contenuto"),
        List.of(1f, 3f),
        rows,
        "IRT — Infrastruttura Regionale di Telemedicina — " + actor.tenantName());
  }

  /**
   * A professional as a signed document names them: full name and, for a physician, the kind
   * ("Marco Rossi (cardiologo), medico specialista"), never the username.
   */
  private String professional(String username) {
    return users
        .find(username)
        .map(
            u ->
                u.getFullName()
                    + (u.getSpecialty() == null
                        ? ""
                        : switch (u.getSpecialty()) {
                          case MMG -> ", medico di medicina generale";
                          case PLS -> ", pediatra di libera scelta";
                          case SPECIALIST -> ", medico specialista";
                        }))
        .orElse(username);
  }

  /** Which document the encounter ends with (a televisit's depends on who leads it). */
  private OutcomeKind kindFor(Encounter encounter) {
    return switch (encounter.getService()) {
      case TELEVISIT ->
          specialty(encounter.getLeadUsername()) == PhysicianSpecialty.SPECIALIST
              ? OutcomeKind.REFERTO
              : OutcomeKind.ANNOTATION;
      case TELECONSULT -> OutcomeKind.COLLABORATIVE_REPORT;
      case HEALTH_TELECONSULTANCY -> OutcomeKind.EVALUATION_REPORT;
      case TELECONTROL -> OutcomeKind.TELECONTROL_REPORT;
      case TELEREHABILITATION -> OutcomeKind.REHABILITATION_REPORT;
      default ->
          throw new RuleViolation(
              "error.outcome.none", "this service ends with notes in the record, not a document");
    };
  }

  private PhysicianSpecialty specialty(String username) {
    return users.find(username).map(UserAccount::getSpecialty).orElse(null);
  }

  private OutcomeDocument locked(long documentId) {
    OutcomeDocument document =
        em.find(OutcomeDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    if (document == null) {
      throw new NotFoundException("OutcomeDocument", documentId);
    }
    return document;
  }

  private static void requireInvolved(Encounter encounter, Actor actor) {
    if (!encounter.involves(actor.name())) {
      throw new AccessDeniedException(
          actor.name() + " takes no part in encounter " + encounter.getId());
    }
  }
}
