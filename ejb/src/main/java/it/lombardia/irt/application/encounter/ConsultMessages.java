package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The messages of an encounter. In a consult, the lead's questions and the consulted colleagues'
 * answers, with documents and images of the record attached — an asynchronous consult needs nobody
 * online at the same time. In a tele-assistance, the tutorials and the plug-in questionnaires sent
 * to the patient, which their page shows.
 */
@Stateless
public class ConsultMessages {

  /** The calls in which a professional sends the patient tutorials and questionnaires. */
  private static final Set<TelemedicineService> SENDS_MATERIAL =
      EnumSet.of(TelemedicineService.TELEASSISTANCE, TelemedicineService.TELECONTROL);

  @PersistenceContext EntityManager em;
  @Inject EncounterRepository repository;
  @Inject Clock clock;
  @Inject Encounters encounters;
  @Inject HomeCareRecord record;
  @Inject NetworkCatalog catalog;
  @Inject PatientAccessPolicy policy;

  /** A question (by the lead) or an answer (by a consulted colleague) with attachments. */
  public EncounterMessage post(long encounterId, String body, List<Long> documentIds) {
    Actor actor = Guard.requireAnyRole(Encounters.PROFESSIONALS);
    Encounter encounter = encounters.lockedInCare(encounterId, Encounters.PROFESSIONALS);
    if (!encounter.involves(actor.name())) {
      throw new AccessDeniedException(actor.name() + " takes no part in encounter " + encounterId);
    }
    RuleViolation.require(
        encounter.getQuestion() != null,
        "error.encounter.notConsult",
        "only a teleconsult or teleconsultancy has a question");
    RuleViolation.require(encounter.isOpen(), "error.encounter.closed", "the encounter is over");
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw InvalidInputException.of(
          "body", "error.message.body", "write the message (at most 4000 characters)");
    }
    List<Long> attached = documentIds == null ? List.of() : documentIds;
    for (Long id : attached) {
      PatientDocument d = id == null ? null : em.find(PatientDocument.class, id);
      if (d == null || !d.getPatientId().equals(encounter.getPatientId())) {
        throw InvalidInputException.of(
            "documentIds", "error.message.document", "attach documents of the patient's record");
      }
    }
    EncounterMessage.Kind kind =
        encounter.isConsulted(actor.name())
            ? EncounterMessage.Kind.ANSWER
            : EncounterMessage.Kind.QUESTION;
    return persist(encounter, actor, kind, body.trim(), null, attached);
  }

  /** A tutorial (title and web address) sent to the patient of a tele-assistance. */
  public EncounterMessage sendTutorial(long encounterId, String title, String address) {
    Actor actor = Guard.requireAnyRole(Encounters.PROFESSIONALS);
    Encounter encounter = assistance(encounterId, actor);
    if (title == null || title.isBlank() || title.length() > 200 || !isWebAddress(address)) {
      throw InvalidInputException.of(
          "address", "error.tutorial", "give the tutorial a title and an https:// address");
    }
    record.append(
        encounter.getPatientId(),
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.TUTORIAL_SENT.with(EntryArg.text(title.trim())),
        Encounters.ref(encounter));
    return persist(
        encounter, actor, EncounterMessage.Kind.TUTORIAL, title.trim(), address.trim(), List.of());
  }

  /**
   * A questionnaire of the patient's clinical network (from the plug-in version the enrolment is
   * pinned to) sent to the patient of a tele-assistance.
   */
  public EncounterMessage sendQuestionnaire(long encounterId, String questionnaireId) {
    Actor actor = Guard.requireAnyRole(Encounters.PROFESSIONALS);
    Encounter encounter = assistance(encounterId, actor);
    Questionnaire questionnaire =
        questionnaires(encounter.getPatientId()).stream()
            .filter(q -> q.id().equals(questionnaireId))
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "questionnaireId",
                        "error.questionnaire.unknown",
                        "choose a questionnaire of the patient's clinical network"));
    String name = questionnaire.name().it();
    record.append(
        encounter.getPatientId(),
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.QUESTIONNAIRE_SENT.with(EntryArg.bilingual(questionnaire.name())),
        Encounters.ref(encounter));
    return persist(
        encounter, actor, EncounterMessage.Kind.QUESTIONNAIRE, name, questionnaire.id(), List.of());
  }

  /** The questionnaires of the networks the patient is enrolled in (open enrolments). */
  public List<Questionnaire> questionnaires(long patientId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, Roles.PROFESSIONALS);
    List<Questionnaire> all = new ArrayList<>();
    em.createQuery(
            "select e from Enrolment e where e.patientId = :p and e.state <> :closed",
            Enrolment.class)
        .setParameter("p", patientId)
        .setParameter("closed", Enrolment.State.CLOSED)
        .getResultList()
        .forEach(
            e ->
                all.addAll(
                    catalog.definition(e.getNetworkId(), e.getNetworkVersion()).questionnaires()));
    return all;
  }

  public List<EncounterMessage> messages(long encounterId) {
    encounters.encounter(encounterId);
    return repository.messages(encounterId);
  }

  private Encounter assistance(long encounterId, Actor actor) {
    Encounter encounter = encounters.lockedInCare(encounterId, Encounters.PROFESSIONALS);
    if (!encounter.getLeadUsername().equals(actor.name())) {
      throw new AccessDeniedException(actor.name() + " does not lead encounter " + encounterId);
    }
    RuleViolation.require(
        SENDS_MATERIAL.contains(encounter.getService()) && encounter.isOpen(),
        "error.assistance.only",
        "tutorials and questionnaires are sent in an open tele-assistance or tele-control call");
    return encounter;
  }

  private EncounterMessage persist(
      Encounter encounter,
      Actor actor,
      EncounterMessage.Kind kind,
      String body,
      String link,
      List<Long> documents) {
    EncounterMessage message =
        new EncounterMessage(
            encounter.getId(), actor.name(), kind, body, link, documents, clock.instant());
    repository.add(message);
    return message;
  }

  private static boolean isWebAddress(String address) {
    try {
      URI uri = address == null ? null : new URI(address.trim());
      return uri != null && "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
