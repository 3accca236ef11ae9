package it.lombardia.irt.application.network;

import it.lombardia.irt.domain.model.network.NetworkContentChanged;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.testing.RecordedEvents;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import it.lombardia.irt.testing.networks.InMemoryNetworkEnablements;
import it.lombardia.irt.testing.networks.InMemoryNetworkReleases;
import it.lombardia.irt.testing.plugin.SampleNetworkPlugin;
import java.util.Arrays;
import java.util.List;

/**
 * The network use cases wired to releases and enablements in memory, with the ASSTs and clock of an
 * {@link AccountsWorld}, and definitions of the sample plug-in at any version.
 */
final class NetworkServices {

  final AccountsWorld world = new AccountsWorld();
  final InMemoryNetworkReleases releaseRows = new InMemoryNetworkReleases();
  final InMemoryNetworkEnablements enablementRows = new InMemoryNetworkEnablements();
  final RecordedEvents<NetworkContentChanged> changed = new RecordedEvents<>();
  final NetworkReleases releases = new NetworkReleases();
  final NetworkCatalog catalog = new NetworkCatalog();
  final NetworkAdministration administration = new NetworkAdministration();

  NetworkServices() {
    releases.repository = releaseRows;
    releases.clock = world.clock;
    catalog.releases = releases;
    catalog.enablements = enablementRows;
    catalog.clock = world.clock;
    administration.releases = releases;
    administration.enablements = enablementRows;
    administration.tenants = world.tenants;
    administration.clock = world.clock;
    administration.contentChanged = changed;
  }

  /**
   * The sample network at {@code version}, named {@code name} in Italian, made valid: the sample
   * holds awkward values on purpose (a device without MDR class, a one-option questionnaire, no
   * action for every alarm level).
   */
  static NetworkDefinition sample(String id, String version, String name) {
    NetworkDefinition d = new SampleNetworkPlugin().define();
    return new NetworkDefinition(
        id,
        version,
        d.requiredSpi(),
        Label.of(name, d.name().en()),
        d.conditions().stream()
            .map(c -> new ConditionDefinition(c.id(), c.name(), actionAtEveryLevel(c.protocol())))
            .toList(),
        d.devices().stream()
            .map(
                t ->
                    new DeviceType(
                        t.id(), t.name(), t.parameters(), t.connectivity(), "IIa", t.level()))
            .toList(),
        List.of(),
        d.tariffs(),
        d.sources());
  }

  private static Protocol actionAtEveryLevel(Protocol p) {
    return new Protocol(
        p.id(),
        p.name(),
        p.sources(),
        p.inclusion(),
        p.exclusion(),
        p.parameters(),
        p.thresholds(),
        p.trendRules(),
        Arrays.stream(AlarmLevel.values())
            .map(
                l ->
                    new AlarmAction(
                        l, List.of(AlarmAction.Action.CALL_BY_NURSE), Label.of(l.name(), l.name())))
            .toList(),
        p.pathway(),
        p.roles(),
        p.devices(),
        List.of());
  }

  NetworkRelease activate(String id, String version) {
    return releases.activate(
        sample(id, version, "Rete " + version), NetworkRelease.Origin.BUILT_IN, null, "regione");
  }
}
