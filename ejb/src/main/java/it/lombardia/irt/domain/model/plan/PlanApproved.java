package it.lombardia.irt.domain.model.plan;

/** A plan (PAI or PRI) was approved: its thresholds, team and alarm protocol are now in force. */
public record PlanApproved(long planId, long enrolmentId, long patientId, CarePlan.Kind kind) {

  public static PlanApproved of(CarePlan plan) {
    return new PlanApproved(
        plan.getId(), plan.getEnrolmentId(), plan.getPatientId(), plan.getKind());
  }
}
