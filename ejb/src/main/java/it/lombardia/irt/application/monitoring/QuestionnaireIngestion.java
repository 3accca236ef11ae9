package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.monitoring.AnsweredQuestionnaire;
import it.lombardia.irt.domain.model.monitoring.QuestionnaireScore;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Questionnaire;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes in the answers to a plug-in questionnaire (patient-generated data): checked against the
 * questionnaire of the network version the patient's active enrolment follows, scored, stored
 * append-only unless its identifier was stored already, written to the home-care record, and — when
 * the score's band carries an alarm level — raised as an alarm under the plans whose protocol uses
 * the questionnaire, in the same transaction.
 */
@Stateless
public class QuestionnaireIngestion {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MonitoringProfiles profiles;
  @Inject EnrolmentRepository enrolments;
  @Inject NetworkCatalog catalog;
  @Inject Alarms alarms;
  @Inject HomeCareRecord record;
  @Inject PatientAccessPolicy access;
  @Inject TimeOfLife timeOfLife;

  /** A questionnaire of a network version a patient's active enrolment follows. */
  private record Found(String networkId, String networkVersion, Questionnaire questionnaire) {}

  public IngestResult submit(Answers a) {
    Actor actor =
        Guard.requireAnyRole(Role.API_CLIENT, Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);
    Guard.requireScope("QuestionnaireResponse", 'c');
    Patient patient = patient(a);
    if (!access.mayOpen(actor, patient, RecordPart.CLINICAL)) {
      throw problem(
          a, "subject", a.patientReference() + " is not a patient in the care of " + actor.name());
    }
    Optional<AnsweredQuestionnaire> known = stored(a);
    if (known.isPresent()) {
      if (!known.get().getPatientId().equals(patient.getId())) {
        throw ConflictException.identifierTaken(
            a.field(),
            a.identifier().system(),
            a.identifier().value(),
            "the identifier is already used for another response");
      }
      return IngestResult.existing(known.get().getId());
    }
    return store(a, patient, actor.name());
  }

  /**
   * Answers the patient or caregiver gave on their personal link's page: {@code PatientVisitDesk}
   * has checked the link, which names the patient.
   */
  public IngestResult submitByPatient(Answers a) {
    Optional<AnsweredQuestionnaire> known = stored(a);
    if (known.isPresent()) {
      return IngestResult.existing(known.get().getId());
    }
    return store(a, patient(a), CallContext.requireActor().name());
  }

  /** The questionnaires of the network versions the patient's active enrolments follow. */
  public List<Questionnaire> offered(long patientId) {
    return offeredTo(patientId).stream().map(Found::questionnaire).toList();
  }

  private IngestResult store(Answers a, Patient patient, String sender) {
    Instant now = clock.instant();
    timeOfLife
        .refusal(a.authoredAt(), patient, now)
        .ifPresent(
            why -> {
              throw problem(a, "authored", why);
            });
    Found found = questionnaire(a, patient);
    QuestionnaireScore.Result result = QuestionnaireScore.score(found.questionnaire(), a.answers());
    if (!result.problems().isEmpty()) {
      throw new InvalidInputException(
          result.problems().stream()
              .map(
                  p ->
                      new InvalidInputException.Problem(
                          a.field() + ".item" + (p.item() == null ? "" : "[" + p.item() + "]"),
                          "error.questionnaire.answer",
                          p.message()))
              .toList());
    }
    QuestionnaireScore scored = result.score();
    AnsweredQuestionnaire answered =
        new AnsweredQuestionnaire(
            patient.getId(),
            found.networkId(),
            found.networkVersion(),
            found.questionnaire().id(),
            scored,
            a.authoredAt(),
            a.identifier(),
            sender,
            now);
    em.persist(answered);
    record.append(
        patient.getId(),
        RecordEntry.Type.MEASUREMENTS,
        EntryMessage.QUESTIONNAIRE_ANSWERED.with(
            EntryArg.bilingual(found.questionnaire().name()),
            EntryArg.number(scored.score()),
            EntryArg.optional(
                scored
                    .band()
                    .map(b -> EntryMessage.DASH_LABEL.with(EntryArg.bilingual(b.meaning())))
                    .orElse(null))),
        null);
    raise(patient, found.questionnaire(), scored, a.authoredAt());
    return IngestResult.created(answered.getId());
  }

  private void raise(
      Patient patient, Questionnaire questionnaire, QuestionnaireScore scored, Instant at) {
    MonitoringProfile profile = profiles.profile(patient.getId());
    if (profile.isPausedAt(at)) {
      return;
    }
    List<Alarms.Raised> raised = new ArrayList<>();
    scored
        .trigger(at)
        .ifPresent(
            trigger ->
                profile.plans().stream()
                    .filter(p -> p.protocol().questionnaires().contains(questionnaire.id()))
                    .forEach(plan -> raised.add(new Alarms.Raised(patient, plan, trigger))));
    alarms.raise(raised);
  }

  private Optional<AnsweredQuestionnaire> stored(Answers a) {
    return em.createQuery(
            "select q from AnsweredQuestionnaire q where q.identifierSystem = :s"
                + " and q.identifierValue = :v",
            AnsweredQuestionnaire.class)
        .setParameter("s", a.identifier().system())
        .setParameter("v", a.identifier().value())
        .getResultStream()
        .findFirst();
  }

  private Patient patient(Answers a) {
    List<Patient> found =
        a.patientId() != null
            ? Optional.ofNullable(em.find(Patient.class, a.patientId())).stream().toList()
            : em.createQuery("select p from Patient p where p.codiceFiscale = :cf", Patient.class)
                .setParameter("cf", a.codiceFiscale())
                .getResultList();
    if (found.isEmpty()) {
      throw problem(a, "subject", a.patientReference() + " is not a patient of this ASST");
    }
    return found.get(0);
  }

  /** The questionnaire among those of the networks the patient's active enrolments follow. */
  private Found questionnaire(Answers a, Patient patient) {
    List<Found> offered = offeredTo(patient.getId());
    return offered.stream()
        .filter(f -> f.questionnaire().id().equals(a.questionnaireId()))
        .findFirst()
        .orElseThrow(
            () ->
                problem(
                    a,
                    "questionnaire",
                    "'%s' is not a questionnaire of %s's clinical networks (offered: %s)"
                        .formatted(
                            a.questionnaireId(),
                            a.patientReference(),
                            String.join(
                                ", ",
                                offered.stream().map(f -> f.questionnaire().id()).toList()))));
  }

  private List<Found> offeredTo(long patientId) {
    List<Found> offered = new ArrayList<>();
    for (Enrolment e : enrolments.activeOf(patientId)) {
      catalog.definition(e.getNetworkId(), e.getNetworkVersion()).questionnaires().stream()
          .map(q -> new Found(e.getNetworkId(), e.getNetworkVersion(), q))
          .forEach(offered::add);
    }
    return offered;
  }

  private static InvalidInputException problem(Answers a, String field, String message) {
    return InvalidInputException.of(
        a.field() + "." + field, "error.questionnaire." + field, message);
  }
}
