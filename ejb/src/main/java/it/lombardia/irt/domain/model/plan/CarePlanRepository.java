package it.lombardia.irt.domain.model.plan;

import java.util.List;
import java.util.Optional;

/** The ASST's care plans, as other aggregates' rules look them up. */
public interface CarePlanRepository {

  Optional<CarePlan> find(long id);

  /** The patient's approved PRIs whose enrolment is not closed, latest approved first. */
  List<CarePlan> approvedPrisOfOpenEnrolments(long patientId);

  /** The status of the patient's latest PRI past its draft, if any. */
  Optional<CarePlan.Status> latestPriStatus(long patientId);

  /** The patient's approved PAIs whose enrolment is active, latest approved first. */
  List<CarePlan> approvedPaisOfActiveEnrolments(long patientId);
}
