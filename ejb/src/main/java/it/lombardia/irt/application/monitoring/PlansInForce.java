package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.plan.CarePlan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads of the tele-monitoring plans in force (the approved plans of active enrolments, as {@link
 * MonitoringProfiles} builds them) for whoever may open the patient's record; each read is logged
 * as a read of the record. A superseded or draft plan version is not in force, so it is not found.
 */
@Stateless
public class PlansInForce {

  /** A plan in force and the patient it is for. */
  public record PatientPlan(long patientId, MonitoredPlan plan) {}

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;
  @Inject MonitoringProfiles profiles;

  /** The patient's plans in force: none when they are not under tele-monitoring. */
  public List<PatientPlan> of(long patientId) {
    Guard.requireScope("CarePlan", 's');
    return inForce(patientId);
  }

  private List<PatientPlan> inForce(long patientId) {
    registry.open(patientId, RecordPart.PATHWAY);
    return profiles.profile(patientId).plans().stream()
        .map(plan -> new PatientPlan(patientId, plan))
        .toList();
  }

  /** The plan version {@code planId}, if it is in force. */
  public PatientPlan one(long planId) {
    Guard.requireScope("CarePlan", 'r');
    CarePlan plan = em.find(CarePlan.class, planId);
    if (plan == null) {
      throw new NotFoundException("Care plan", planId);
    }
    return inForce(plan.getPatientId()).stream()
        .filter(p -> p.plan().planId() == planId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Care plan in force", planId));
  }
}
