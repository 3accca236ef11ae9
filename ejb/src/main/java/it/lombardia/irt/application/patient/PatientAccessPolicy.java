package it.lombardia.irt.application.patient;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.patient.EmergencyAccess;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess.Purpose;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may reach a patient's data inside the ASST (seed 003 §2.1.3, §2.2.5):
 *
 * <ul>
 *   <li>the requesting physician, the care team named in the current approved plan of an open
 *       enrolment, and — while an encounter is open — its lead and the colleagues it consults:
 *       every part of the record;
 *   <li>COT and ADI operators, for the patients whose pathway involves them (an enrolment not
 *       closed, a patient they registered, a device of the ASST at the patient's, an alarm
 *       escalated to their centre): identity and pathway, never the clinical part;
 *   <li>API clients: patients with an active enrolment, within the client's scopes (checked at the
 *       API);
 *   <li>anybody else in the ASST only after breaking the glass, for a limited time.
 * </ul>
 *
 * Every read of a patient's data is logged (once per request, patient and part), and so is every
 * refused attempt, in a transaction of its own so that the refusal's rollback keeps it.
 */
@Stateless
public class PatientAccessPolicy {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PatientAccessLog log;

  /** What a service does with the part it names. */
  private enum Use {
    READ,
    CHANGE
  }

  /**
   * The patient whose {@code part} the caller, holding one of {@code roles}, reads now; the read is
   * logged. Otherwise 403 (logged) — 404 for an unknown or another ASST's patient.
   */
  public Patient requireToRead(long patientId, RecordPart part, Roles roles) {
    return require(patientId, part, roles, Use.READ);
  }

  /**
   * Like {@link #requireToRead}, for a change: only a refusal is logged (the audit trail has it).
   */
  public Patient requireToChange(long patientId, RecordPart part, Roles roles) {
    return require(patientId, part, roles, Use.CHANGE);
  }

  private Patient require(long patientId, RecordPart part, Roles roles, Use use) {
    Actor actor = CallContext.requireActor();
    Patient patient = find(patientId);
    boolean role = roles.held(actor);
    boolean inCare = role && mayOpen(actor, patient, part);
    boolean emergency = role && !inCare && hasEmergencyAccess(actor, patientId);
    Purpose purpose =
        emergency ? Purpose.BREAK_GLASS : use == Use.READ ? Purpose.READ : Purpose.CHANGE;
    if (!inCare && !emergency) {
      log.refused(patientId, actor, purpose, part);
      throw new AccessDeniedException(
          actor.name() + " may not reach the " + part + " part of patient " + patientId);
    }
    if (purpose != Purpose.CHANGE) {
      logRead(patientId, actor, purpose, part);
    }
    return patient;
  }

  /** Whether {@code actor} reaches {@code part} of {@code patient}'s record now (no emergency). */
  public boolean mayOpen(Actor actor, Patient patient, RecordPart part) {
    if (actor.hasRole(Role.API_CLIENT)) {
      return hasActiveEnrolment(patient.getId());
    }
    if (actor.name().equals(patient.getRequestingPhysician())
        || !teamPatients(actor.name(), patient.getId()).isEmpty()
        || !encounterPatients(actor.name(), patient.getId()).isEmpty()) {
      return true;
    }
    return part != RecordPart.CLINICAL
        && isOperator(actor)
        && (actor.name().equals(patient.getRegisteredBy())
            || operatorInvolvedWith(actor, patient.getId()));
  }

  /** The rule for many patients at once (a search, a worklist): the sets are looked up once. */
  public Predicate<Patient> mayOpen(Actor actor, RecordPart part) {
    if (actor.hasRole(Role.API_CLIENT)) {
      return patient -> hasActiveEnrolment(patient.getId());
    }
    Set<Long> care = patientsInTheCareOf(actor);
    Predicate<Patient> inCare =
        patient ->
            actor.name().equals(patient.getRequestingPhysician()) || care.contains(patient.getId());
    if (part == RecordPart.CLINICAL || !isOperator(actor)) {
      return inCare;
    }
    Set<Long> involved = patientsInvolving(actor);
    return inCare.or(
        patient ->
            actor.name().equals(patient.getRegisteredBy()) || involved.contains(patient.getId()));
  }

  /**
   * Those of {@code candidates} (a search's matches) whose {@code part} the caller reaches now — by
   * {@link #mayOpen(Actor, RecordPart) the rule of the record} or an active emergency access — each
   * logged as read, as the search shows their identity.
   */
  public List<Patient> readableAmong(List<Patient> candidates, RecordPart part) {
    Actor actor = CallContext.requireActor();
    Predicate<Patient> reachable = mayOpen(actor, part);
    Set<Long> emergency = emergencyAccessesOf(actor);
    List<Patient> readable =
        candidates.stream()
            .filter(p -> reachable.test(p) || emergency.contains(p.getId()))
            .toList();
    for (Patient patient : readable) {
      Purpose purpose = emergency.contains(patient.getId()) ? Purpose.BREAK_GLASS : Purpose.READ;
      logRead(patient.getId(), actor, purpose, part);
    }
    return readable;
  }

  /** Logs a read once per request, patient and part. */
  private void logRead(long patientId, Actor actor, Purpose purpose, RecordPart part) {
    if (CallContext.once("access:" + patientId + ":" + part)) {
      log.granted(patientId, actor, purpose, part);
    }
  }

  /**
   * The patients whose identity and pathway {@code actor} reaches by care or involvement (not those
   * they registered: {@link Patient#getRegisteredBy()} says that).
   */
  public Set<Long> patientsReachableBy(Actor actor) {
    Set<Long> patients = patientsInTheCareOf(actor);
    if (isOperator(actor)) {
      patients.addAll(patientsInvolving(actor));
    }
    return patients;
  }

  private static boolean isOperator(Actor actor) {
    return actor.hasRole(Role.COT_OPERATOR) || actor.hasRole(Role.ADI_OPERATOR);
  }

  private boolean hasActiveEnrolment(long patientId) {
    return em.createQuery(
                "select count(e) from Enrolment e where e.patientId = :p and e.state = :active",
                Long.class)
            .setParameter("p", patientId)
            .setParameter("active", Enrolment.State.ACTIVE)
            .getSingleResult()
        > 0;
  }

  /**
   * Whether {@code username} is the patient's requesting physician or in their current plan's team.
   */
  public boolean isInHomeCareTeam(String username, Patient patient) {
    return username.equals(patient.getRequestingPhysician())
        || !teamPatients(username, patient.getId()).isEmpty();
  }

  /**
   * Patients {@code actor} cares for by name: in the team of their current plan, or leading or
   * consulted in an open encounter of theirs.
   */
  public Set<Long> patientsInTheCareOf(Actor actor) {
    Set<Long> patients = new HashSet<>(teamPatients(actor.name(), null));
    patients.addAll(encounterPatients(actor.name(), null));
    return patients;
  }

  /**
   * The patients whose current approved plan of an open enrolment names {@code username} in the
   * team: all of them, or only {@code patientId} when given.
   */
  private List<Long> teamPatients(String username, Long patientId) {
    return ofOne(
            "select p.patientId from CareTeamMember m join m.plan p where m.username = :u"
                + " and p.status = :approved and exists (select e.id from Enrolment e"
                + " where e.id = p.enrolmentId and e.state <> :closed)",
            "p.patientId",
            patientId)
        .setParameter("u", username)
        .setParameter("approved", CarePlan.Status.APPROVED)
        .setParameter("closed", Enrolment.State.CLOSED)
        .getResultList();
  }

  /** The patients of the open encounters {@code username} leads or is consulted in. */
  private List<Long> encounterPatients(String username, Long patientId) {
    return ofOne(
            "select e.patientId from Encounter e where e.state in :open and (e.leadUsername = :u"
                + " or exists (select p.id from EncounterParticipant p where p.encounter = e"
                + " and p.username = :u))",
            "e.patientId",
            patientId)
        .setParameter("u", username)
        .setParameter("open", List.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS))
        .getResultList();
  }

  /**
   * The patients whose pathway involves an operator's centre: an enrolment not closed, an alarm
   * escalated to the centre and not closed, a device of the ASST at the patient's (ADI logistics).
   */
  private Set<Long> patientsInvolving(Actor actor) {
    return new HashSet<>(involving(actor, null));
  }

  private boolean operatorInvolvedWith(Actor actor, long patientId) {
    return !involving(actor, patientId).isEmpty();
  }

  private List<Long> involving(Actor actor, Long patientId) {
    List<Long> patients = new ArrayList<>();
    patients.addAll(
        ofOne(
                "select e.patientId from Enrolment e where e.state <> :closed",
                "e.patientId",
                patientId)
            .setParameter("closed", Enrolment.State.CLOSED)
            .getResultList());
    patients.addAll(
        ofOne(
                "select a.patientId from Alarm a where a.state <> :closed"
                    + " and a.recipient in :centres",
                "a.patientId",
                patientId)
            .setParameter("closed", Alarm.State.CLOSED)
            .setParameter("centres", centresOf(actor))
            .getResultList());
    if (actor.hasRole(Role.ADI_OPERATOR)) {
      patients.addAll(
          ofOne(
                  "select d.patientId from Device d where d.patientId is not null",
                  "d.patientId",
                  patientId)
              .getResultList());
    }
    return patients;
  }

  /** {@code jpql} for every patient, or narrowed to {@code patientId} (then one row is enough). */
  private TypedQuery<Long> ofOne(String jpql, String patientColumn, Long patientId) {
    if (patientId == null) {
      return em.createQuery(jpql, Long.class);
    }
    return em.createQuery(jpql + " and " + patientColumn + " = :patient", Long.class)
        .setParameter("patient", patientId)
        .setMaxResults(1);
  }

  private static List<String> centresOf(Actor actor) {
    List<String> centres = new ArrayList<>();
    if (actor.hasRole(Role.COT_OPERATOR)) {
      centres.add(AlarmStep.COT_CENTRE);
    }
    if (actor.hasRole(Role.ADI_OPERATOR)) {
      centres.add(AlarmStep.ADI_CENTRE);
    }
    return centres;
  }

  /** The patients {@code actor} has an emergency access to now. */
  private Set<Long> emergencyAccessesOf(Actor actor) {
    Instant now = clock.instant();
    Set<Long> patients = new HashSet<>();
    em.createQuery("select e from EmergencyAccess e where e.username = :u", EmergencyAccess.class)
        .setParameter("u", actor.name())
        .getResultStream()
        .filter(e -> e.isActiveAt(now))
        .forEach(e -> patients.add(e.getPatientId()));
    return patients;
  }

  public boolean hasEmergencyAccess(Actor actor, long patientId) {
    Instant now = clock.instant();
    return em.createQuery(
            "select e from EmergencyAccess e where e.patientId = :p and e.username = :u",
            EmergencyAccess.class)
        .setParameter("p", patientId)
        .setParameter("u", actor.name())
        .getResultStream()
        .anyMatch(e -> e.isActiveAt(now));
  }

  public Patient find(long id) {
    Patient patient = em.find(Patient.class, id);
    if (patient == null) {
      throw new NotFoundException("Patient", id);
    }
    return patient;
  }
}
