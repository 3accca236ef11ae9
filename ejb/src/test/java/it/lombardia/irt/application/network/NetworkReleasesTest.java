package it.lombardia.irt.application.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.network.NetworkRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activation rules of a network's versions without a server: releases in memory. A release is
 * valid, newer than the newest, and immutable.
 */
class NetworkReleasesTest {

  private final NetworkServices services = new NetworkServices();
  private final NetworkReleases releases = services.releases;

  @Test
  void versionsSortSemanticallySoTheNewestIsTheHighest() {
    services.activate("sample", "1.9.0");
    services.activate("sample", "1.10.0");
    services.activate("other", "2.0.0");

    assertEquals(
        List.of("1.9.0", "1.10.0"),
        releases.releasesOf("sample").stream().map(NetworkRelease::getVersion).toList());
    assertEquals("1.10.0", releases.newest("sample").orElseThrow().getVersion());
    assertEquals(List.of("other", "sample"), releases.networkIds());
  }

  @Test
  void aVersionNotNewerThanTheNewestIsRefused() {
    services.activate("sample", "1.10.0");

    PluginRefusedException refused =
        assertThrows(PluginRefusedException.class, () -> services.activate("sample", "1.9.5"));

    assertEquals("version", refused.report().problems().get(0).path());
    assertEquals(1, releases.releasesOf("sample").size());
  }

  @Test
  void theSameVersionWithTheSameContentIsTheSameRelease() {
    NetworkRelease first = services.activate("sample", "1.0.0");

    assertSame(first, services.activate("sample", "1.0.0"));
    assertEquals(1, services.releaseRows.table.rows.size());
  }

  @Test
  void theSameVersionWithOtherContentIsRefused() {
    services.activate("sample", "1.0.0");

    assertThrows(
        PluginRefusedException.class,
        () ->
            releases.activate(
                NetworkServices.sample("sample", "1.0.0", "Altro nome"),
                NetworkRelease.Origin.UPLOADED,
                "digest",
                "curatore"));
    assertEquals(1, services.releaseRows.table.rows.size());
  }

  @Test
  void anInvalidDefinitionIsRefusedWithItsReportAndNothingStored() {
    PluginRefusedException refused =
        assertThrows(
            PluginRefusedException.class,
            () ->
                releases.activate(
                    NetworkServices.sample("Non Kebab", "1.0.0", "Rete"),
                    NetworkRelease.Origin.UPLOADED,
                    "digest",
                    "curatore"));

    assertEquals("id", refused.report().problems().get(0).path());
    assertEquals(List.of(), services.releaseRows.table.rows);
  }

  @Test
  void aReleaseRemembersWhoActivatedItAndWhen() {
    NetworkRelease release = services.activate("sample", "1.0.0");

    assertEquals("regione", release.getActivatedBy());
    assertEquals(services.world.clock.instant(), release.getActivatedAt());
  }
}
