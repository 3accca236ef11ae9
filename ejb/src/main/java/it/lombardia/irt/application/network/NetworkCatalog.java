package it.lombardia.irt.application.network;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.network.Eligibility;
import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkEnablementRepository;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.plugin.DefinitionJson;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog of clinical networks as the caller may see it: the Region administrator and network
 * curators see every network; everyone else only the networks their ASST has enabled, at the
 * version it follows.
 */
@Stateless
public class NetworkCatalog {

  @Inject NetworkEnablementRepository enablements;
  @Inject Clock clock;
  @Inject NetworkReleases releases;

  public List<NetworkSummary> visible() {
    List<NetworkSummary> result = new ArrayList<>();
    for (Map.Entry<String, Optional<String>> network : visibleNetworks().entrySet()) {
      List<NetworkRelease> all = releases.releasesOf(network.getKey());
      if (all.isEmpty()) {
        continue;
      }
      NetworkRelease active =
          network
              .getValue()
              .flatMap(v -> releases.find(network.getKey(), v))
              .orElse(all.get(all.size() - 1));
      NetworkDefinition d = DefinitionJson.read(active.getDefinitionJson());
      result.add(
          new NetworkSummary(
              d.id(),
              d.name(),
              d.version(),
              all.stream().map(NetworkRelease::getVersion).toList(),
              d.conditions().stream()
                  .map(c -> new NetworkSummary.Condition(c.id(), c.name(), c.protocol().id()))
                  .toList()));
    }
    return result;
  }

  /** A version's full definition; {@code version} null means the one the caller's ASST follows. */
  public NetworkDefinition definition(String networkId, String version) {
    Map<String, Optional<String>> visible = visibleNetworks();
    if (!visible.containsKey(networkId)) {
      throw new NotFoundException("Network", networkId);
    }
    Optional<NetworkRelease> release =
        version != null
            ? releases.find(networkId, version)
            : visible
                .get(networkId)
                .flatMap(v -> releases.find(networkId, v))
                .or(() -> releases.newest(networkId));
    return DefinitionJson.read(
        release
            .orElseThrow(() -> new NotFoundException("Network version", networkId + " " + version))
            .getDefinitionJson());
  }

  /**
   * Whether a patient with {@code facts} fits a condition's protocol, at the version the caller's
   * ASST follows, with every criterion's verdict.
   */
  public Eligibility.Result eligibility(
      String networkId, String conditionId, Map<String, String> facts) {
    NetworkDefinition d = definition(networkId, null);
    var condition =
        d.conditions().stream()
            .filter(c -> c.id().equals(conditionId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Condition", networkId + "/" + conditionId));
    return Eligibility.evaluate(
        condition.protocol(), facts == null ? Map.of() : facts, LocalDate.now(clock));
  }

  /** The differences between two versions of a network the caller may see. */
  public List<DefinitionDiff.Difference> compare(
      String networkId, String fromVersion, String toVersion) {
    return DefinitionDiff.between(
        definition(networkId, fromVersion), definition(networkId, toVersion));
  }

  /** Visible network ids, each with the version the caller's ASST is pinned to, if any. */
  private Map<String, Optional<String>> visibleNetworks() {
    Actor actor = CallContext.requireActor();
    if (actor.hasRole(Role.REGION_ADMIN) || actor.hasRole(Role.NETWORK_CURATOR)) {
      return releases.networkIds().stream()
          .collect(
              Collectors.toMap(
                  Function.identity(),
                  id -> Optional.empty(),
                  (a, b) -> a,
                  java.util.TreeMap::new));
    }
    return enablements.all().stream()
        .collect(
            Collectors.toMap(
                NetworkEnablement::getNetworkId,
                e -> Optional.ofNullable(e.getPinnedVersion()),
                (a, b) -> a,
                java.util.TreeMap::new));
  }
}
