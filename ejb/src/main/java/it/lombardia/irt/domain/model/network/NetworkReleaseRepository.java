package it.lombardia.irt.domain.model.network;

import java.util.List;
import java.util.Optional;

/** The activated plug-in versions of every network (regional data: no tenant). */
public interface NetworkReleaseRepository {

  void add(NetworkRelease release);

  /** The releases of {@code networkId}, in no particular order (versions sort semantically). */
  List<NetworkRelease> of(String networkId);

  /** The ids of the networks with a release, alphabetically. */
  List<String> networkIds();

  Optional<NetworkRelease> find(String networkId, String version);
}
