package it.lombardia.irt.testing.encounters;

import it.lombardia.irt.domain.model.encounter.Attendance;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.accounts.Rows;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Encounters and what hangs on them in memory; the locks taken are counted, and a test states which
 * encounters have a final outcome document of which kind ({@link #signOutcome}).
 */
public final class InMemoryEncounters implements EncounterRepository {

  private static final Set<Encounter.State> OPEN =
      EnumSet.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS);

  public final Rows<Encounter> encounters = new Rows<>(Encounter::getId);
  public final Rows<InPersonDiagnosis> diagnoses = new Rows<>(InPersonDiagnosis::getId);
  public final Rows<Attendance> stays = new Rows<>(Attendance::getId);
  public final Rows<PatientLink> links = new Rows<>(PatientLink::getId);
  public final Rows<EncounterMessage> messages = new Rows<>(EncounterMessage::getId);
  public final Rows<SatisfactionSurvey> surveys = new Rows<>(SatisfactionSurvey::getId);
  public final Rows<OutcomeDocument> finalOutcomes = new Rows<>(OutcomeDocument::getId);
  private final Map<Long, Set<OutcomeKind>> signed = new HashMap<>();
  public int locksTaken;

  /** The encounter now has a final outcome document of {@code kind}. */
  public void signOutcome(long encounterId, OutcomeKind kind) {
    signed.computeIfAbsent(encounterId, e -> EnumSet.noneOf(OutcomeKind.class)).add(kind);
  }

  @Override
  public void add(Encounter encounter) {
    encounters.insert(encounter);
  }

  @Override
  public Optional<Encounter> find(long id) {
    return encounters.byId(id);
  }

  @Override
  public Optional<Encounter> locked(long id) {
    locksTaken++;
    return find(id);
  }

  @Override
  public Map<Long, Long> openOnSlots(Collection<Long> slotIds) {
    Map<Long, Long> ids = new HashMap<>();
    encounters.rows.stream()
        .filter(e -> slotIds.contains(e.getSlotId()) && OPEN.contains(e.getState()))
        .forEach(e -> ids.put(e.getSlotId(), e.getId()));
    return ids;
  }

  @Override
  public List<Encounter> ofPatient(long patientId) {
    return encounters.where(
        e -> e.getPatientId() == patientId,
        Comparator.comparing(Encounter::getCreatedAt).reversed());
  }

  @Override
  public List<Encounter> openFor(String username) {
    return encounters.where(
        e -> OPEN.contains(e.getState()) && e.involves(username),
        Comparator.comparing(Encounter::getCreatedAt));
  }

  @Override
  public long countNotCancelledOfPlan(long planId) {
    return ofPlan(planId).filter(e -> e.getState() != Encounter.State.CANCELLED).count();
  }

  @Override
  public long countOfPlan(
      long planId, TelemedicineService service, Collection<Encounter.State> states) {
    return ofPlan(planId)
        .filter(e -> e.getService() == service && states.contains(e.getState()))
        .count();
  }

  @Override
  public Optional<Encounter> latestCompletedOfPlan(long planId) {
    return ofPlan(planId)
        .filter(e -> e.getState() == Encounter.State.COMPLETED)
        .max(Comparator.comparing(Encounter::getSessionNumber));
  }

  private java.util.stream.Stream<Encounter> ofPlan(long planId) {
    return encounters.rows.stream().filter(e -> Objects.equals(e.getCarePlanId(), planId));
  }

  @Override
  public boolean hasFinalOutcome(long encounterId, Collection<OutcomeKind> kinds) {
    return signed.getOrDefault(encounterId, Set.of()).stream().anyMatch(kinds::contains);
  }

  @Override
  public Optional<OutcomeDocument> latestFinalOutcomeOfPlan(OutcomeKind kind, long planId) {
    return finalOutcomes.rows.stream()
        .filter(d -> d.getKind() == kind)
        .filter(d -> ofPlan(planId).anyMatch(e -> e.getId().equals(d.getEncounterId())))
        .max(Comparator.comparing(OutcomeDocument::getId));
  }

  @Override
  public void add(InPersonDiagnosis diagnosis) {
    diagnoses.insert(diagnosis);
  }

  @Override
  public Optional<InPersonDiagnosis> diagnosis(long id) {
    return diagnoses.byId(id);
  }

  @Override
  public List<InPersonDiagnosis> diagnosesOf(long patientId) {
    return diagnoses.where(
        d -> d.getPatientId() == patientId,
        Comparator.comparing(InPersonDiagnosis::getDiagnosedOn).reversed());
  }

  @Override
  public void add(Attendance stay) {
    stays.insert(stay);
  }

  @Override
  public Optional<Attendance> openStay(long encounterId, String attendee) {
    return stays.first(
        a ->
            a.getEncounterId() == encounterId
                && a.getAttendee().equals(attendee)
                && a.getLeftAt() == null);
  }

  @Override
  public List<Attendance> attendance(long encounterId) {
    return stays.where(
        a -> a.getEncounterId() == encounterId, Comparator.comparing(Attendance::getJoinedAt));
  }

  @Override
  public void add(PatientLink link) {
    links.insert(link);
  }

  @Override
  public Optional<PatientLink> link(long id) {
    return links.byId(id);
  }

  @Override
  public Optional<PatientLink> linkByToken(String tokenSha256) {
    return links.first(l -> tokenSha256.equals(field(l, "tokenSha256")));
  }

  @Override
  public List<PatientLink> links(long encounterId) {
    return links.where(
        l -> l.getEncounterId() == encounterId, Comparator.comparing(PatientLink::getCreatedAt));
  }

  @Override
  public List<PatientLink> linksNotRevoked(long encounterId) {
    return links.where(
        l -> l.getEncounterId() == encounterId && !l.isRevoked(),
        Comparator.comparing(PatientLink::getId));
  }

  @Override
  public void add(EncounterMessage message) {
    messages.insert(message);
  }

  @Override
  public List<EncounterMessage> messages(long encounterId) {
    return messages(encounterId, EnumSet.allOf(EncounterMessage.Kind.class));
  }

  @Override
  public List<EncounterMessage> messages(
      long encounterId, Collection<EncounterMessage.Kind> kinds) {
    return messages.where(
        m -> m.getEncounterId() == encounterId && kinds.contains(m.getKind()),
        Comparator.comparing(EncounterMessage::getPostedAt).thenComparing(EncounterMessage::getId));
  }

  @Override
  public void add(SatisfactionSurvey survey) {
    surveys.insert(survey);
  }

  @Override
  public Optional<SatisfactionSurvey> survey(long encounterId) {
    return surveys.first(s -> s.getEncounterId() == encounterId);
  }

  @Override
  public List<SatisfactionSurvey> surveysOffered(Instant from, Instant to) {
    return surveys.where(
        s -> {
          Instant at = (Instant) field(s, "createdAt");
          return !at.isBefore(from) && at.isBefore(to);
        },
        Comparator.comparing(SatisfactionSurvey::getId));
  }

  /** A column the entity keeps to itself (the token's digest, when a survey was offered). */
  private static Object field(Object entity, String name) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
