package it.lombardia.irt.testing.networks;

import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkEnablementRepository;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ASSTs' enablements in memory, scoped as Hibernate's tenant filter scopes them: the caller's
 * ASST's, every ASST's in the Region's scope.
 */
public final class InMemoryNetworkEnablements implements NetworkEnablementRepository {

  public final Rows<NetworkEnablement> table = new Rows<>(NetworkEnablement::getId);

  @Override
  public void add(NetworkEnablement enablement) {
    table.insert(enablement);
  }

  @Override
  public void remove(NetworkEnablement enablement) {
    table.rows.remove(enablement);
  }

  @Override
  public List<NetworkEnablement> all() {
    return inScope(e -> true);
  }

  @Override
  public List<NetworkEnablement> of(String networkId) {
    return inScope(e -> e.getNetworkId().equals(networkId));
  }

  @Override
  public Optional<NetworkEnablement> find(String tenantCode, String networkId) {
    return inScope(e -> e.getTenantCode().equals(tenantCode) && e.getNetworkId().equals(networkId))
        .stream()
        .findFirst();
  }

  private List<NetworkEnablement> inScope(Predicate<NetworkEnablement> condition) {
    Predicate<NetworkEnablement> scope =
        CallContext.inRegionScope()
            ? e -> true
            : e -> e.getTenantCode().equals(CallContext.requireActor().tenantCode());
    return table.where(scope.and(condition), Comparator.comparing(NetworkEnablement::getNetworkId));
  }
}
