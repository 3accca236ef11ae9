package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Care plans in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaCarePlanRepository implements CarePlanRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CarePlan> find(long id) {
    return Optional.ofNullable(em.find(CarePlan.class, id));
  }
}
