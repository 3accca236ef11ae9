package it.lombardia.irt.domain.model.network;

import java.util.List;
import java.util.Optional;

/**
 * The networks the ASSTs follow: the caller's ASST's under the tenant filter, every ASST's in the
 * Region's scope.
 */
public interface NetworkEnablementRepository {

  void add(NetworkEnablement enablement);

  void remove(NetworkEnablement enablement);

  /** The enablements in scope, by network id. */
  List<NetworkEnablement> all();

  /** The ASSTs' enablements of {@code networkId}. */
  List<NetworkEnablement> of(String networkId);

  Optional<NetworkEnablement> find(String tenantCode, String networkId);
}
