package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.util.Arrays;

/**
 * The steps of taking a patient in charge and the roles that take each: the one list the services
 * enforce and the pages read, so that no page offers a form its user cannot submit.
 */
public enum EnrolmentTask {
  /** Propose, correct the criteria, collect or withdraw consents. */
  PROPOSE(Role.PHYSICIAN, Role.NURSE, Role.COT_OPERATOR, Role.ADI_OPERATOR),
  /** Assess the suitability of each service. */
  ASSESS(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL),
  /** Record the multidimensional assessment (UVM). */
  UVM(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL, Role.COT_OPERATOR, Role.ADI_OPERATOR),
  /** Draft a care plan (PAI, PRI). */
  DRAFT_PLAN(Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL),
  /** Activate, suspend or close. */
  COORDINATE(Role.PHYSICIAN, Role.COT_OPERATOR, Role.ADI_OPERATOR);

  private final Role[] roles;

  EnrolmentTask(Role... roles) {
    this.roles = roles;
  }

  public Role[] roles() {
    return roles.clone();
  }

  /** Whether the caller has a role that takes this step (the patient's care is checked apart). */
  public boolean allowsCaller() {
    return CallContext.actor()
        .map(actor -> Arrays.stream(roles).anyMatch(actor::hasRole))
        .orElse(false);
  }
}
