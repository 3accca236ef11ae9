package it.lombardia.irt.testing.plans;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Care plans in memory; the state of each plan's enrolment is what the test says ({@link
 * #enrolmentStates}, active when not said).
 */
public final class InMemoryCarePlans implements CarePlanRepository {

  public final Rows<CarePlan> plans = new Rows<>(CarePlan::getId);
  public final Map<Long, Enrolment.State> enrolmentStates = new HashMap<>();

  @Override
  public Optional<CarePlan> find(long id) {
    return plans.byId(id);
  }

  @Override
  public List<CarePlan> approvedPrisOfOpenEnrolments(long patientId) {
    return approved(patientId, CarePlan.Kind.PRI, p -> enrolmentState(p) != Enrolment.State.CLOSED);
  }

  @Override
  public Optional<CarePlan.Status> latestPriStatus(long patientId) {
    return plans
        .where(
            p ->
                p.getPatientId() == patientId
                    && p.getKind() == CarePlan.Kind.PRI
                    && p.getStatus() != CarePlan.Status.DRAFT,
            Comparator.comparing(CarePlan::getId).reversed())
        .stream()
        .map(CarePlan::getStatus)
        .findFirst();
  }

  @Override
  public List<CarePlan> approvedPaisOfActiveEnrolments(long patientId) {
    return approved(patientId, CarePlan.Kind.PAI, p -> enrolmentState(p) == Enrolment.State.ACTIVE);
  }

  private List<CarePlan> approved(
      long patientId, CarePlan.Kind kind, Predicate<CarePlan> ofEnrolment) {
    return plans.where(
        p ->
            p.getPatientId() == patientId
                && p.getKind() == kind
                && p.getStatus() == CarePlan.Status.APPROVED
                && ofEnrolment.test(p),
        Comparator.comparing(CarePlan::getApprovedAt).reversed());
  }

  private Enrolment.State enrolmentState(CarePlan plan) {
    return enrolmentStates.getOrDefault(plan.getEnrolmentId(), Enrolment.State.ACTIVE);
  }
}
