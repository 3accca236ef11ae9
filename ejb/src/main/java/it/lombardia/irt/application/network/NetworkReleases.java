package it.lombardia.irt.application.network;

import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.network.NetworkReleaseRepository;
import it.lombardia.irt.infrastructure.plugin.DefinitionJson;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.validation.NetworkValidator;
import it.lombardia.irt.spi.validation.ValidationReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Activation of plug-in versions, the one door through which a definition becomes a release:
 * validated, never older than the newest release, and immutable once activated (the same version
 * with other content is refused). Callers check roles; this service enforces the rules.
 */
@Stateless
public class NetworkReleases {

  @Inject NetworkReleaseRepository repository;
  @Inject Clock clock;

  public NetworkRelease activate(
      NetworkDefinition definition, NetworkRelease.Origin origin, String jarSha256, String actor) {
    ValidationReport report = NetworkValidator.validate(definition);
    if (!report.isValid()) {
      throw new PluginRefusedException(report);
    }
    Optional<NetworkRelease> same = find(definition.id(), definition.version());
    if (same.isPresent()) {
      if (DefinitionJson.read(same.get().getDefinitionJson()).equals(definition)) {
        return same.get();
      }
      throw refused(
          definition,
          "version "
              + definition.version()
              + " was activated with other content; give the new content a new version");
    }
    Optional<NetworkRelease> newest = newest(definition.id());
    if (newest.isPresent()
        && SemanticVersion.compare(definition.version(), newest.get().getVersion()) <= 0) {
      throw refused(
          definition,
          "version "
              + definition.version()
              + " is not newer than the active "
              + newest.get().getVersion());
    }
    NetworkRelease release =
        new NetworkRelease(
            definition.id(),
            definition.version(),
            definition.requiredSpi(),
            origin,
            jarSha256,
            DefinitionJson.write(definition),
            actor,
            clock.instant());
    repository.add(release);
    return release;
  }

  public List<NetworkRelease> releasesOf(String networkId) {
    return repository.of(networkId).stream()
        .sorted(Comparator.comparing(NetworkRelease::getVersion, SemanticVersion::compare))
        .toList();
  }

  public List<String> networkIds() {
    return repository.networkIds();
  }

  public Optional<NetworkRelease> find(String networkId, String version) {
    return repository.find(networkId, version);
  }

  public Optional<NetworkRelease> newest(String networkId) {
    List<NetworkRelease> all = releasesOf(networkId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static PluginRefusedException refused(NetworkDefinition d, String message) {
    return new PluginRefusedException(
        new ValidationReport(
            d.id(), d.version(), List.of(new ValidationReport.Problem("version", message))));
  }
}
