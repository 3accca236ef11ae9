package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Care plans in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaCarePlanRepository implements CarePlanRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CarePlan> find(long id) {
    return Optional.ofNullable(em.find(CarePlan.class, id));
  }

  @Override
  public List<CarePlan> approvedPrisOfOpenEnrolments(long patientId) {
    return approved(patientId, CarePlan.Kind.PRI, "<>", Enrolment.State.CLOSED);
  }

  @Override
  public Optional<CarePlan.Status> latestPriStatus(long patientId) {
    return em.createQuery(
            "select p.status from CarePlan p where p.patientId = :p and p.kind = :pri"
                + " and p.status <> :draft order by p.id desc",
            CarePlan.Status.class)
        .setParameter("p", patientId)
        .setParameter("pri", CarePlan.Kind.PRI)
        .setParameter("draft", CarePlan.Status.DRAFT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CarePlan> approvedPaisOfActiveEnrolments(long patientId) {
    return approved(patientId, CarePlan.Kind.PAI, "=", Enrolment.State.ACTIVE);
  }

  /**
   * The patient's approved plans of {@code kind} whose enrolment's state compares ({@code
   * comparison}, a constant) to {@code state}, latest approved first.
   */
  private List<CarePlan> approved(
      long patientId, CarePlan.Kind kind, String comparison, Enrolment.State state) {
    return em.createQuery(
            "select p from CarePlan p where p.patientId = :p and p.kind = :kind"
                + " and p.status = :approved and exists (select e.id from Enrolment e"
                + " where e.id = p.enrolmentId and e.state "
                + comparison
                + " :state) order by p.approvedAt desc",
            CarePlan.class)
        .setParameter("p", patientId)
        .setParameter("kind", kind)
        .setParameter("approved", CarePlan.Status.APPROVED)
        .setParameter("state", state)
        .getResultList();
  }
}
