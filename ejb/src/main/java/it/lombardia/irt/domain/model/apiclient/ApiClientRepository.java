package it.lombardia.irt.domain.model.apiclient;

import java.util.List;
import java.util.Optional;

/** The ASST's machine clients (tenant-filtered, or every ASST's at Region level, as at login). */
public interface ApiClientRepository {

  void add(ApiClient client);

  Optional<ApiClient> find(long id);

  /** The client with {@code clientId} (unique across ASSTs). */
  Optional<ApiClient> byClientId(String clientId);

  /** Every client, by client id. */
  List<ApiClient> all();
}
