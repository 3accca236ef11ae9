package it.lombardia.irt.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.security.LoginResult.Status;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may log in, without a server: accounts, clients and ASSTs in memory. */
class AuthenticationTest {

  private static final String PASSWORD = "una-password-lunga";

  private final AccountsWorld world = new AccountsWorld();
  private final Authentication authentication = Authentications.in(world);
  private final UserAccount nurse = world.account("infermiere", PASSWORD, Role.NURSE);

  @Test
  void aRightPasswordGivesTheAccountsActorAndTheAsstsSessionTimeout() {
    world.asst().replaceSettings(Map.of("session.timeout-minutes", "12"));

    LoginResult result = authentication.login("infermiere", PASSWORD, "10.0.0.7");

    assertEquals(Status.SUCCESS, result.status());
    assertEquals(12, result.sessionTimeoutMinutes());
    Actor actor = result.actor();
    assertEquals(AccountsWorld.ASST, actor.tenantCode());
    assertEquals("ASST di prova", actor.tenantName());
    assertEquals(Set.of(Role.NURSE), actor.roles());
  }

  @Test
  void aDisabledAccountOrAnInactiveAsstCannotLogIn() {
    nurse.setEnabled(false);
    assertEquals(Status.DISABLED, authentication.login("infermiere", PASSWORD, null).status());

    nurse.setEnabled(true);
    world.asst().setActive(false);
    assertEquals(
        Status.TENANT_INACTIVE, authentication.login("infermiere", PASSWORD, null).status());
  }

  @Test
  void aSessionEndsWhenItsAccountIsDisabledAndTheCacheEvicted() {
    assertTrue(authentication.currentIdentity("infermiere").isPresent());

    nurse.setEnabled(false);
    world.cache.evict("infermiere");

    assertFalse(authentication.currentIdentity("infermiere").isPresent());
    assertFalse(authentication.currentIdentity("nessuno").isPresent());
  }

  @Test
  void aClientOfAnInactiveAsstCannotLogIn() {
    world.clients.add(
        new ApiClient("gateway-1", "Gateway", Secrets.sha256("segreto"), AccountsWorld.START)
            .inTenant(AccountsWorld.ASST));
    assertEquals(
        Status.INVALID_CREDENTIALS, authentication.loginClient("gateway-1", "sbagliato").status());
    assertTrue(authentication.loginClient("gateway-1", "segreto").succeeded());

    world.asst().setActive(false);
    world.cache.evictAll();

    assertEquals(
        Status.TENANT_INACTIVE, authentication.loginClient("gateway-1", "segreto").status());
  }

  @Test
  void usernamesAndClientIdsShareOneNamespace() {
    world.clients.add(
        new ApiClient("gateway-1", "Gateway", "digest", AccountsWorld.START)
            .inTenant(AccountsWorld.ASST));

    assertTrue(authentication.isPrincipalNameTaken("infermiere"));
    assertTrue(authentication.isPrincipalNameTaken("gateway-1"));
    assertFalse(authentication.isPrincipalNameTaken("libero"));
  }
}
