package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import java.time.Instant;
import java.util.Set;

/**
 * The accounts-and-tenants repositories in memory, with one active ASST ({@link #ASST}) and the
 * clock and cache the use cases share: what the account use cases' tests wire them to.
 */
public final class AccountsWorld {

  public static final String ASST = "ASST-TEST";
  public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  public final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  public final InMemoryTenants tenants = new InMemoryTenants();
  public final InMemoryApiClients clients = new InMemoryApiClients();
  public final InMemoryLoginThrottles throttles = new InMemoryLoginThrottles();
  public final InMemoryPasswordResetTokens resets = new InMemoryPasswordResetTokens();
  public final InMemoryConsentTexts consentTexts = new InMemoryConsentTexts();
  public final InMemoryAuthenticationCache cache = new InMemoryAuthenticationCache();
  public final MovableClock clock = new MovableClock(START, Italy.ZONE);

  /** Few iterations: the tests check what is hashed, not what it costs. */
  public final PasswordHasher hasher = new PasswordHasher(1000);

  public AccountsWorld() {
    tenants.add(new Tenant(ASST, "ASST di prova", Ats.INSUBRIA, START));
  }

  public Tenant asst() {
    return tenants.find(ASST).orElseThrow();
  }

  /** An enabled account of {@link #ASST} stored with {@code password}. */
  public UserAccount account(String username, String password, Role... roles) {
    UserAccount account =
        new UserAccount(username, username + " Rossi", hasher.hash(password), START).inTenant(ASST);
    account.replaceRoles(Set.of(roles));
    accounts.add(account);
    return account;
  }

  /** A person of {@link #ASST} acting with {@code role}. */
  public static Actor person(String name, Role role) {
    return new Actor(name, name, ASST, "ASST di prova", Set.of(role), null, null);
  }

  public static Actor regionAdmin() {
    return new Actor(
        "regione", "Regione", "REGION", "Regione Lombardia", Set.of(Role.REGION_ADMIN), null, null);
  }
}
