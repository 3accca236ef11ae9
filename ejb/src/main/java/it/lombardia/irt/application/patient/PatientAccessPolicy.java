package it.lombardia.irt.application.patient;

import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.Actor;

/**
 * Who may open a patient's record inside the ASST (seed 003 §2.1.3): the requesting physician and
 * the COT and ADI operators who coordinate the care. The care team named in the patient's plan
 * joins them when care plans arrive. Everybody else in the ASST is refused — and the attempt is
 * logged.
 */
public final class PatientAccessPolicy {

  private PatientAccessPolicy() {}

  public static boolean mayOpen(Actor actor, Patient patient) {
    return actor.name().equals(patient.getRequestingPhysician())
        || actor.hasRole(Role.COT_OPERATOR)
        || actor.hasRole(Role.ADI_OPERATOR);
  }
}
