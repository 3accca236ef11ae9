package it.lombardia.irt.application.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.network.NetworkContentChanged;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Region's enablement of networks per ASST and the catalog each caller then sees, without a
 * server: releases and enablements in memory, two ASSTs.
 */
class NetworkAdministrationTest {

  private static final String OTHER = "ASST-ALTRA";
  private static final Actor REGION = AccountsWorld.regionAdmin();
  private static final Actor NURSE = AccountsWorld.person("infermiera", Role.NURSE);
  private static final Actor OTHER_NURSE =
      new Actor("altro", "altro", OTHER, "ASST altra", Set.of(Role.NURSE), null, null);

  private final NetworkServices services = new NetworkServices();
  private final NetworkAdministration administration = services.administration;
  private final NetworkCatalog catalog = services.catalog;

  NetworkAdministrationTest() {
    services.world.tenants.add(new Tenant(OTHER, "ASST altra", Ats.INSUBRIA, AccountsWorld.START));
    services.activate("cardio", "1.0.0");
    services.activate("cardio", "1.1.0");
    services.activate("diabete", "1.0.0");
  }

  @Test
  void anAsstSeesOnlyTheNetworksItFollowsAtThePinnedVersionOrTheNewest() {
    enable(AccountsWorld.ASST, "cardio", "1.0.0");
    enable(AccountsWorld.ASST, "diabete", null);
    enable(OTHER, "cardio", null);

    List<NetworkSummary> seen = as(NURSE, catalog::visible);

    assertEquals(List.of("cardio", "diabete"), seen.stream().map(NetworkSummary::id).toList());
    assertEquals("1.0.0", seen.get(0).version());
    assertEquals("Rete 1.0.0", as(NURSE, () -> catalog.definition("cardio", null)).name().it());
    assertEquals("1.1.0", as(OTHER_NURSE, catalog::visible).get(0).version());
  }

  @Test
  void aNetworkTheAsstDoesNotFollowIsNotFoundForItsUsers() {
    enable(OTHER, "diabete", null);

    assertEquals(List.of(), as(NURSE, catalog::visible));
    assertThrows(
        NotFoundException.class, () -> as(NURSE, () -> catalog.definition("diabete", null)));
  }

  @Test
  void theRegionSeesEveryNetworkAtItsNewestVersion() {
    List<NetworkSummary> seen = as(REGION, catalog::visible);

    assertEquals(List.of("cardio", "diabete"), seen.stream().map(NetworkSummary::id).toList());
    assertEquals("1.1.0", seen.get(0).version());
    assertEquals(List.of("1.0.0", "1.1.0"), seen.get(0).versions());
  }

  @Test
  void enablingAgainRepinsAndDisablingRemovesOnlyThatAsst() {
    enable(AccountsWorld.ASST, "cardio", "1.0.0");
    enable(AccountsWorld.ASST, "cardio", null);
    enable(OTHER, "cardio", "1.1.0");
    as(REGION, () -> run(() -> administration.disable(AccountsWorld.ASST, "cardio")));

    assertEquals(Map.of(OTHER, "1.1.0"), as(REGION, () -> administration.enablements("cardio")));
    assertEquals(1, services.enablementRows.table.rows.size());
    assertEquals(
        new NetworkContentChanged("cardio", AccountsWorld.ASST),
        services.changed.fired.get(3),
        "the ASST's cached content is dropped");
  }

  @Test
  void anUnknownAsstNetworkOrVersionIsRefused() {
    assertThrows(NotFoundException.class, () -> enable("ASST-NESSUNA", "cardio", null));
    assertThrows(NotFoundException.class, () -> enable(AccountsWorld.ASST, "nessuna", null));
    InvalidInputException version =
        assertThrows(
            InvalidInputException.class, () -> enable(AccountsWorld.ASST, "cardio", "9.0.0"));

    assertEquals("version", version.problems().get(0).field());
    assertEquals(List.of(), services.enablementRows.table.rows);
    assertEquals(List.of(), services.changed.fired);
  }

  @Test
  void onlyTheRegionEnablesNetworks() {
    Actor asstAdmin = AccountsWorld.person("admin", Role.TENANT_ADMIN);

    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                asstAdmin,
                () -> run(() -> administration.enable(AccountsWorld.ASST, "cardio", null))));
    assertEquals(List.of(), services.enablementRows.table.rows);
  }

  private void enable(String tenant, String network, String version) {
    as(REGION, () -> run(() -> administration.enable(tenant, network, version)));
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }
}
