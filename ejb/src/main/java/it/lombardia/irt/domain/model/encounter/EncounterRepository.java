package it.lombardia.irt.domain.model.encounter;

import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ASST's encounters with what hangs on them (video stays, patients' links, messages,
 * satisfaction questionnaires) and the in-person diagnoses televisits follow up, as the encounter
 * rules read them.
 */
public interface EncounterRepository {

  void add(Encounter encounter);

  Optional<Encounter> find(long id);

  /**
   * The encounter, its row locked first until the transaction ends (never a locking read of the
   * entity: see {@code application.RowLocks}).
   */
  Optional<Encounter> locked(long id);

  /** The open encounters (planned or in progress) held on these slots: encounter id by slot id. */
  Map<Long, Long> openOnSlots(Collection<Long> slotIds);

  /** A patient's encounters, latest first. */
  List<Encounter> ofPatient(long patientId);

  /** The open encounters {@code username} leads or is consulted in, oldest first. */
  List<Encounter> openFor(String username);

  /** How many encounters of a plan's cycle are planned or held (all but the cancelled). */
  long countNotCancelledOfPlan(long planId);

  /** How many encounters of {@code service} of a plan are in one of {@code states}. */
  long countOfPlan(long planId, TelemedicineService service, Collection<Encounter.State> states);

  /** The plan's completed session with the highest number, if any. */
  Optional<Encounter> latestCompletedOfPlan(long planId);

  /** Whether the encounter has a final outcome document of one of {@code kinds}. */
  boolean hasFinalOutcome(long encounterId, Collection<OutcomeKind> kinds);

  /** The newest final outcome document of {@code kind} of an encounter of the plan. */
  Optional<OutcomeDocument> latestFinalOutcomeOfPlan(OutcomeKind kind, long planId);

  void add(InPersonDiagnosis diagnosis);

  Optional<InPersonDiagnosis> diagnosis(long id);

  /** A patient's in-person diagnoses, latest first. */
  List<InPersonDiagnosis> diagnosesOf(long patientId);

  void add(Attendance stay);

  /** The attendee's stay in the encounter's room not yet left. */
  Optional<Attendance> openStay(long encounterId, String attendee);

  /** Who joined the encounter's room, in order. */
  List<Attendance> attendance(long encounterId);

  void add(PatientLink link);

  Optional<PatientLink> link(long id);

  /** The link of a token's digest (at Region level: in whichever ASST). */
  Optional<PatientLink> linkByToken(String tokenSha256);

  /** The encounter's links, oldest first. */
  List<PatientLink> links(long encounterId);

  /** The encounter's links not revoked. */
  List<PatientLink> linksNotRevoked(long encounterId);

  void add(EncounterMessage message);

  /** The encounter's messages, in the order they were posted. */
  List<EncounterMessage> messages(long encounterId);

  /** The encounter's messages of these kinds, in the order they were posted. */
  List<EncounterMessage> messages(long encounterId, Collection<EncounterMessage.Kind> kinds);

  void add(SatisfactionSurvey survey);

  Optional<SatisfactionSurvey> survey(long encounterId);

  /** The questionnaires offered in {@code [from, to)}. */
  List<SatisfactionSurvey> surveysOffered(Instant from, Instant to);
}
