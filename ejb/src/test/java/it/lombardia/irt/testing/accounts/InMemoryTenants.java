package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The Region's ASSTs in memory (their code is their key, as in the database). */
public final class InMemoryTenants implements TenantRepository {

  public final List<Tenant> rows = new ArrayList<>();

  @Override
  public void add(Tenant tenant) {
    rows.add(tenant);
  }

  @Override
  public Optional<Tenant> find(String code) {
    return rows.stream().filter(t -> t.getCode().equals(code)).findFirst();
  }

  @Override
  public List<Tenant> all() {
    return rows.stream()
        .sorted(Comparator.comparing(Tenant::getAts).thenComparing(Tenant::getName))
        .toList();
  }
}
