package it.lombardia.irt.domain.model.tenant;

import java.util.List;
import java.util.Optional;

/** The Region's ASSTs: regional data, not filtered by tenant. */
public interface TenantRepository {

  void add(Tenant tenant);

  Optional<Tenant> find(String code);

  /** Every ASST, by ATS then name. */
  List<Tenant> all();
}
