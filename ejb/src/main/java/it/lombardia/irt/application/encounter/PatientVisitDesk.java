package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.monitoring.Answers;
import it.lombardia.irt.application.monitoring.MeasurementIngestion;
import it.lombardia.irt.application.monitoring.QuestionnaireIngestion;
import it.lombardia.irt.application.monitoring.Reading;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.encounter.Attendance;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.video.JitsiRooms;
import it.lombardia.irt.infrastructure.video.JitsiTokens;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactions of {@link PatientVisits}: each runs in the context that facade sets up (the
 * Region for the token lookup, the link's holder for the rest).
 */
@Stateless
public class PatientVisitDesk {

  /** Whom a token belongs to. */
  public record Holder(long linkId, String tenantCode, String tenantName, String displayName) {}

  /**
   * What the patient's page shows: the encounter, the room to join while it is open to the patient
   * (else null), when it opens if that is still to come (else null), whether the link opens the
   * encounter now (the patient may then share readings and answers), what the professional sent
   * (tutorials, questionnaires), whether the satisfaction questionnaire awaits an answer, for a
   * tele-control call the tele-control as the patient sees it (else null), for a
   * tele-rehabilitation session the PRI shared with the patient and family (else null), and the
   * questionnaires the patient may answer on the page while the link is open.
   */
  public record Visit(
      String displayName,
      Encounter encounter,
      String leadName,
      VideoJoin join,
      Instant roomOpensAt,
      boolean sharing,
      List<EncounterMessage> sent,
      boolean surveyOpen,
      TeleControls.PatientView teleControl,
      Rehabilitations.PatientView rehabilitation,
      List<Questionnaire> toAnswer) {}

  /** The system of the identifiers of the patient's own data: a form sent twice is kept once. */
  static final String PATIENT_LINK_IDENTIFIERS = "urn:irt:patient-link:";

  @Inject EncounterRepository encounters;
  @Inject TenantRepository tenants;
  @Inject Clock clock;
  @Inject JitsiRooms rooms;

  /** How long before a booked encounter's slot the patient's link opens the video room. */
  @Inject
  @ConfigProperty(name = "irt.video.room-opens-minutes", defaultValue = "15")
  int roomOpensMinutes;

  @Inject UserDirectory users;
  @Inject TeleControls teleControls;
  @Inject Rehabilitations rehabilitations;
  @Inject QuestionnaireIngestion questionnaires;
  @Inject MeasurementIngestion measurements;

  /** Runs at Region level: the link of a token digest, in whichever ASST. */
  public Holder holder(String tokenSha256) {
    return encounters
        .linkByToken(tokenSha256)
        .map(
            l ->
                new Holder(
                    l.getId(),
                    l.getTenantCode(),
                    tenants.find(l.getTenantCode()).map(Tenant::getName).orElseThrow(),
                    l.getDisplayName()))
        .orElse(null);
  }

  public Visit enter(long linkId, long encounterId) {
    Instant now = clock.instant();
    PatientLink link = encounters.link(linkId).orElseThrow();
    Encounter encounter = encounters.find(encounterId).orElseThrow(LinkRefusedException::new);
    SatisfactionSurvey survey = survey(encounterId);
    boolean surveyOpen = survey != null && survey.isOpenAt(now) && !link.isRevoked();
    boolean linkOpens = link.opens(encounterId, now) && encounter.isOpen();
    if (!linkOpens && !(surveyOpen && link.getEncounterId() == encounterId)) {
      throw new LinkRefusedException();
    }
    Instant roomOpensAt = encounter.roomOpensToPatientAt(Duration.ofMinutes(roomOpensMinutes));
    boolean roomOpen = linkOpens && (roomOpensAt == null || !now.isBefore(roomOpensAt));
    VideoJoin join = null;
    if (roomOpen) {
      if (encounters.openStay(encounterId, link.attendee()).isEmpty()) {
        encounters.add(new Attendance(encounterId, link.attendee(), false, now));
      }
      join =
          rooms.join(
              link.getTenantCode(),
              encounter.getRoom(),
              new JitsiTokens.Participant(link.attendee(), link.videoName(), null, false),
              link.getExpiresAt());
    }
    List<EncounterMessage> sent =
        encounters.messages(
            encounterId,
            List.of(EncounterMessage.Kind.TUTORIAL, EncounterMessage.Kind.QUESTIONNAIRE));
    TeleControls.PatientView teleControl = teleControl(encounter);
    return new Visit(
        link.getDisplayName(),
        encounter,
        leadName(encounter.getLeadUsername()),
        join,
        linkOpens && !roomOpen ? roomOpensAt : null,
        linkOpens,
        sent,
        surveyOpen,
        teleControl,
        encounter.getCarePlanId() != null
                && encounter.getService() == TelemedicineService.TELEREHABILITATION
            ? rehabilitations.patientView(encounter)
            : null,
        linkOpens
            ? toAnswer(
                encounter, sent, teleControl == null ? List.of() : teleControl.questionnaireIds())
            : List.of());
  }

  /**
   * The patient or caregiver answers a questionnaire offered on the page of an open encounter;
   * {@code submission} identifies the form, so sending it twice keeps one response.
   */
  public Void shareAnswers(
      long linkId,
      long encounterId,
      String questionnaireId,
      Map<String, String> answers,
      String submission) {
    Encounter encounter = openedBy(linkId, encounterId);
    List<EncounterMessage> sent = sentQuestionnaires(encounterId);
    List<String> ofProtocol =
        teleControls.protocolOf(encounter).map(Protocol::questionnaires).orElse(List.of());
    if (toAnswer(encounter, sent, ofProtocol).stream()
        .noneMatch(q -> q.id().equals(questionnaireId))) {
      throw new LinkRefusedException();
    }
    questionnaires.submitByPatient(
        new Answers(
            "questionnaire",
            encounter.getPatientId(),
            null,
            questionnaireId,
            clock.instant(),
            new Measurement.Identifier(PATIENT_LINK_IDENTIFIERS + linkId, submission),
            answers));
    return null;
  }

  /**
   * The patient or caregiver types in a reading of a parameter their tele-control measures, taken
   * now; {@code submission} identifies the form, so sending it twice keeps one reading.
   */
  public Void shareReading(
      long linkId, long encounterId, String code, double value, String submission) {
    Encounter encounter = openedBy(linkId, encounterId);
    MonitoredParameter parameter =
        teleControls.protocolOf(encounter).stream()
            .flatMap(p -> p.parameters().stream())
            .filter(p -> p.code().equals(code))
            .findFirst()
            .orElseThrow(LinkRefusedException::new);
    measurements.ingestByPatient(
        new Reading(
            "reading",
            encounter.getPatientId(),
            null,
            List.of(code),
            value,
            parameter.unit(),
            clock.instant(),
            new Measurement.Identifier(PATIENT_LINK_IDENTIFIERS + linkId, submission),
            null,
            null,
            Measurement.Status.FINAL,
            null,
            null,
            null,
            null));
    return null;
  }

  /** The open encounter the link opens now; refused otherwise. */
  private Encounter openedBy(long linkId, long encounterId) {
    PatientLink link = encounters.link(linkId).orElseThrow();
    Encounter encounter = encounters.find(encounterId).orElse(null);
    if (encounter == null || !link.opens(encounterId, clock.instant()) || !encounter.isOpen()) {
      throw new LinkRefusedException();
    }
    return encounter;
  }

  private TeleControls.PatientView teleControl(Encounter encounter) {
    return encounter.getCarePlanId() != null
            && encounter.getService() == TelemedicineService.TELECONTROL
        ? teleControls.patientView(encounter)
        : null;
  }

  /**
   * The questionnaires sent in the encounter and those of a tele-control's protocol ({@code
   * ofProtocol}).
   */
  private List<Questionnaire> toAnswer(
      Encounter encounter, List<EncounterMessage> sent, List<String> ofProtocol) {
    Set<String> ids = new HashSet<>(ofProtocol);
    sent.stream()
        .filter(m -> m.getKind() == EncounterMessage.Kind.QUESTIONNAIRE)
        .forEach(m -> ids.add(m.getLink()));
    return ids.isEmpty()
        ? List.of()
        : questionnaires.offered(encounter.getPatientId()).stream()
            .filter(q -> ids.contains(q.id()))
            .toList();
  }

  private List<EncounterMessage> sentQuestionnaires(long encounterId) {
    return encounters.messages(encounterId, List.of(EncounterMessage.Kind.QUESTIONNAIRE));
  }

  public Void leave(long linkId, long encounterId) {
    PatientLink link = encounters.link(linkId).orElseThrow();
    if (link.getEncounterId() != encounterId) {
      throw new LinkRefusedException();
    }
    encounters.openStay(encounterId, link.attendee()).ifPresent(s -> s.leave(clock.instant()));
    return null;
  }

  public Void answerSurvey(long linkId, long encounterId, List<Integer> scores, String comment) {
    PatientLink link = encounters.link(linkId).orElseThrow();
    SatisfactionSurvey survey = survey(encounterId);
    if (link.getEncounterId() != encounterId || link.isRevoked() || survey == null) {
      throw new LinkRefusedException();
    }
    survey.answer(scores, comment, clock.instant());
    return null;
  }

  private SatisfactionSurvey survey(long encounterId) {
    return encounters.survey(encounterId).orElse(null);
  }

  private String leadName(String username) {
    return users.find(username).map(UserAccount::getFullName).orElse(username);
  }
}
