package it.lombardia.irt.application.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.application.security.Authentications;
import it.lombardia.irt.application.security.LoginResult.Status;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.SmartScope;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Machine credentials, without a server: clients in memory, checked by the real login. */
class ApiClientAdministrationTest {

  private static final Actor ADMIN = AccountsWorld.person("admin", Role.TENANT_ADMIN);

  private final AccountsWorld world = new AccountsWorld();
  private final Authentication authentication = Authentications.in(world);
  private final ApiClientAdministration administration = new ApiClientAdministration();

  ApiClientAdministrationTest() {
    administration.clients = world.clients;
    administration.clock = world.clock;
    administration.authentication = authentication;
    administration.authenticationCache = world.cache;
  }

  @Test
  void theSecretIsShownOnceAndOnlyItsDigestIsKept() {
    IssuedCredentials issued = as(() -> administration.issue("gateway-1", " Gateway "));

    ApiClient stored = world.clients.byClientId("gateway-1").orElseThrow();
    assertEquals(Secrets.sha256(issued.secret()), stored.getSecretHash());
    assertNotEquals(issued.secret(), stored.getSecretHash());
    assertEquals("Gateway", stored.getName());
    assertEquals(SmartScope.GATEWAY_DEFAULT, SmartScope.format(stored.getScopes()));
    assertEquals(Status.SUCCESS, authentication.loginClient("gateway-1", issued.secret()).status());
  }

  @Test
  void aRotatedSecretReplacesTheOldOneAtOnce() {
    IssuedCredentials first = as(() -> administration.issue("gateway-1", "Gateway"));
    assertTrue(authentication.loginClient("gateway-1", first.secret()).succeeded());

    IssuedCredentials second = as(() -> administration.rotateSecret(idOf("gateway-1")));

    assertNotEquals(first.secret(), second.secret());
    assertEquals(
        Status.INVALID_CREDENTIALS,
        authentication.loginClient("gateway-1", first.secret()).status());
    assertTrue(authentication.loginClient("gateway-1", second.secret()).succeeded());
  }

  @Test
  void aDisabledClientCannotLogIn() {
    IssuedCredentials issued = as(() -> administration.issue("gateway-1", "Gateway"));
    assertTrue(authentication.loginClient("gateway-1", issued.secret()).succeeded());

    as(() -> administration.setEnabled(idOf("gateway-1"), false));

    assertEquals(
        Status.DISABLED, authentication.loginClient("gateway-1", issued.secret()).status());
  }

  @Test
  void refusesAClientIdAPersonHas() {
    world.account("infermiere", "una-password-lunga", Role.NURSE);

    assertEquals(
        "error.user.duplicate", refusedKey(() -> administration.issue("infermiere", "Gateway")));
    assertTrue(world.clients.all().isEmpty());
  }

  @Test
  void refusesABadClientIdNameOrScope() {
    assertEquals(
        "irt.user.username.pattern", refusedKey(() -> administration.issue("Gateway 1", "G")));
    assertEquals("error.apiclient.name", refusedKey(() -> administration.issue("gateway-1", " ")));
    assertEquals(
        "error.apiclient.scopes",
        refusedKey(() -> administration.issue("gateway-1", "Gateway", "system/Nonsense.x")));
    assertEquals(
        "error.apiclient.scopes", refusedKey(() -> administration.issue("gateway-1", "G", " ")));
    assertTrue(world.clients.all().isEmpty());
  }

  @Test
  void grantedScopesReplaceThePreviousOnesAndForgetTheCachedLogin() {
    as(() -> administration.issue("gateway-1", "Gateway"));

    ApiClient client = as(() -> administration.setScopes(idOf("gateway-1"), "system/Patient.r"));

    assertEquals(List.of(SmartScope.parse("system/Patient.r")), client.getScopes());
    assertEquals(List.of("gateway-1"), world.cache.evicted);
  }

  @Test
  void aClientNotInTheAsstIsNotFound() {
    assertThrows(NotFoundException.class, () -> as(() -> administration.rotateSecret(7)));
  }

  private long idOf(String clientId) {
    return world.clients.byClientId(clientId).orElseThrow().getId();
  }

  private static String refusedKey(Supplier<?> work) {
    return assertThrows(InvalidInputException.class, () -> as(work)).problems().get(0).key();
  }

  private static <T> T as(Supplier<T> work) {
    return CallContext.as(ADMIN, work);
  }
}
