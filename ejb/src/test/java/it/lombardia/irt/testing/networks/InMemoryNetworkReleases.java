package it.lombardia.irt.testing.networks;

import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.network.NetworkReleaseRepository;
import it.lombardia.irt.testing.accounts.Rows;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The networks' releases in memory, returned in insertion order as the database may. */
public final class InMemoryNetworkReleases implements NetworkReleaseRepository {

  public final Rows<NetworkRelease> table = new Rows<>(NetworkRelease::getId);

  @Override
  public void add(NetworkRelease release) {
    table.insert(release);
  }

  @Override
  public List<NetworkRelease> of(String networkId) {
    return table.where(
        r -> r.getNetworkId().equals(networkId), Comparator.comparing(NetworkRelease::getId));
  }

  @Override
  public List<String> networkIds() {
    return table.rows.stream().map(NetworkRelease::getNetworkId).distinct().sorted().toList();
  }

  @Override
  public Optional<NetworkRelease> find(String networkId, String version) {
    return table.first(r -> r.getNetworkId().equals(networkId) && r.getVersion().equals(version));
  }
}
