package it.lombardia.irt.application.patient;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.patient.EmergencyAccess;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may open a patient's record inside the ASST (seed 003 §2.1.3): the requesting physician, the
 * COT and ADI operators who coordinate the care, and the care team named in the patient's current
 * (approved) plan of an open enrolment; and, while an encounter is open, the professional who leads
 * it and the colleagues it consults (a specialist delivering a televisit, a consulted physician).
 * Everybody else in the ASST is refused — unless they broke the glass, for a limited time.
 */
@Stateless
public class PatientAccessPolicy {

  @PersistenceContext EntityManager em;

  public boolean mayOpen(Actor actor, Patient patient) {
    return mayOpen(actor).test(patient);
  }

  /**
   * The rule for many patients at once (the care team is looked up once). An API client (device
   * gateway, patient app, vendor platform) serves the patients with an active enrolment.
   */
  public Predicate<Patient> mayOpen(Actor actor) {
    if (actor.hasRole(Role.COT_OPERATOR) || actor.hasRole(Role.ADI_OPERATOR)) {
      return patient -> true;
    }
    if (actor.hasRole(Role.API_CLIENT)) {
      return patient -> hasActiveEnrolment(patient.getId());
    }
    Set<Long> team = patientsInTheCareOf(actor);
    return patient ->
        actor.name().equals(patient.getRequestingPhysician()) || team.contains(patient.getId());
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

  /** Patients whose current plan names {@code actor} in the care team. */
  public Set<Long> patientsInTheTeamOf(Actor actor) {
    return patientsInTheTeamOf(actor.name());
  }

  /**
   * Whether {@code username} is the patient's requesting physician or in their current plan's team.
   */
  public boolean isInHomeCareTeam(String username, Patient patient) {
    return username.equals(patient.getRequestingPhysician())
        || patientsInTheTeamOf(username).contains(patient.getId());
  }

  private Set<Long> patientsInTheTeamOf(String username) {
    return new HashSet<>(
        em.createQuery(
                "select p.patientId from CareTeamMember m join m.plan p where m.username = :u"
                    + " and p.status = :approved and exists (select e.id from Enrolment e"
                    + " where e.id = p.enrolmentId and e.state <> :closed)",
                Long.class)
            .setParameter("u", username)
            .setParameter("approved", CarePlan.Status.APPROVED)
            .setParameter("closed", Enrolment.State.CLOSED)
            .getResultList());
  }

  /**
   * Patients {@code actor} cares for by name: in the team of their current plan, or leading or
   * consulted in an open encounter of theirs.
   */
  public Set<Long> patientsInTheCareOf(Actor actor) {
    Set<Long> patients = patientsInTheTeamOf(actor);
    patients.addAll(patientsInOpenEncountersOf(actor));
    return patients;
  }

  /** Patients of the open encounters {@code actor} leads or is consulted in. */
  private List<Long> patientsInOpenEncountersOf(Actor actor) {
    return em.createQuery(
            "select e.patientId from Encounter e where e.state in :open and (e.leadUsername = :u"
                + " or exists (select p.id from EncounterParticipant p where p.encounter = e"
                + " and p.username = :u))",
            Long.class)
        .setParameter("u", actor.name())
        .setParameter("open", List.of(Encounter.State.PLANNED, Encounter.State.IN_PROGRESS))
        .getResultList();
  }

  public boolean hasEmergencyAccess(Actor actor, long patientId) {
    Instant now = Instant.now();
    return em.createQuery(
            "select e from EmergencyAccess e where e.patientId = :p and e.username = :u",
            EmergencyAccess.class)
        .setParameter("p", patientId)
        .setParameter("u", actor.name())
        .getResultStream()
        .anyMatch(e -> e.isActiveAt(now));
  }

  /**
   * A patient the caller, holding one of {@code roles}, may work on now: in the care, or through an
   * active emergency access; otherwise 403 (404 for an unknown or another ASST's patient).
   */
  public Patient requireInCare(long patientId, Role... roles) {
    Actor actor = Guard.requireAnyRole(roles.length == 0 ? Role.values() : roles);
    Patient patient = find(patientId);
    if (!mayOpen(actor, patient) && !hasEmergencyAccess(actor, patientId)) {
      throw new AccessDeniedException(actor.name() + " is not in the care of patient " + patientId);
    }
    return patient;
  }

  public Patient find(long id) {
    Patient patient = em.find(Patient.class, id);
    if (patient == null) {
      throw new NotFoundException("Patient", id);
    }
    return patient;
  }
}
