package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.ApiClientRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Machine clients in memory. */
public final class InMemoryApiClients implements ApiClientRepository {

  public final Rows<ApiClient> table = new Rows<>(ApiClient::getId);

  @Override
  public void add(ApiClient client) {
    table.insert(client);
  }

  @Override
  public Optional<ApiClient> find(long id) {
    return table.byId(id);
  }

  @Override
  public Optional<ApiClient> byClientId(String clientId) {
    return table.first(c -> c.getClientId().equals(clientId));
  }

  @Override
  public List<ApiClient> all() {
    return table.where(c -> true, Comparator.comparing(ApiClient::getClientId));
  }
}
