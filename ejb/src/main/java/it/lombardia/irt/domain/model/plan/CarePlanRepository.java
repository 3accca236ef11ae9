package it.lombardia.irt.domain.model.plan;

import java.util.Optional;

/** The ASST's care plans, as other aggregates' rules look them up. */
public interface CarePlanRepository {

  Optional<CarePlan> find(long id);
}
