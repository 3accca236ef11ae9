package it.lombardia.irt.application.security;

import it.lombardia.irt.application.security.LoginResult.Status;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.config.Setting;
import it.lombardia.irt.infrastructure.config.TenantSettings;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks people's passwords and API clients' secrets, and tells who an already authenticated
 * principal is. Runs before any tenant is known, so it is a region-level service: it looks accounts
 * up across tenants, each call in a transaction of its own (a failed login's counter must be saved
 * although the login fails).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authentication {

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject TenantSettings settings;
  @Inject AuthenticationCache cache;

  /**
   * Verifies a person's username and password, counting failures and locking the account when due.
   */
  public LoginResult login(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return LoginResult.failed(Status.INVALID_CREDENTIALS);
    }
    String digest = Secrets.sha256("user\u0000" + username + "\u0000" + password);
    return CallContext.asRegion(
        Actor.system(),
        () -> {
          Optional<UserAccount> found = findUser(username);
          if (found.isEmpty()) {
            // Spend the same time as for a real account, so response times do not reveal usernames.
            hasher.spendVerificationTime(password);
            return LoginResult.failed(Status.INVALID_CREDENTIALS);
          }
          UserAccount user = found.get();
          Optional<Tenant> tenant = tenantOf(user);
          Instant now = Instant.now();
          if (user.isLockedAt(now)) {
            return LoginResult.failed(Status.LOCKED);
          }
          boolean cached = cache.verifiedCredential(digest).filter(username::equals).isPresent();
          if (!cached && !hasher.matches(password, user.getPasswordHash())) {
            Map<String, String> stored = tenant.map(Tenant::getSettings).orElse(Map.of());
            String code = tenant.map(Tenant::getCode).orElse(null);
            user.recordFailedLogin(
                now,
                settings.getInt(Setting.LOCKOUT_MAX_FAILURES, code, stored),
                Duration.ofMinutes(settings.getInt(Setting.LOCKOUT_MINUTES, code, stored)));
            LOG.info(() -> "Failed login for " + username);
            return LoginResult.failed(
                user.isLockedAt(now) ? Status.LOCKED : Status.INVALID_CREDENTIALS);
          }
          Status status = statusOf(user, tenant);
          if (status != Status.SUCCESS) {
            return LoginResult.failed(status);
          }
          if (!cached || user.hasFailedLoginsPending()) {
            recordSuccessfulLogin(user, now);
            cache.rememberVerifiedCredential(digest, username);
          }
          Actor actor = actorOf(user, tenant);
          cache.rememberPrincipal(actor);
          int timeout =
              settings.getInt(
                  Setting.SESSION_TIMEOUT_MINUTES,
                  tenant.map(Tenant::getCode).orElse(null),
                  tenant.map(Tenant::getSettings).orElse(Map.of()));
          return new LoginResult(Status.SUCCESS, actor, timeout);
        });
  }

  /**
   * Clears the failure count and notes the time, as one statement without the version check: the
   * first requests of a client sending one person's credentials in parallel all succeed, and must
   * not collide on the account's version (these columns are not audited).
   */
  private void recordSuccessfulLogin(UserAccount user, Instant now) {
    em.createQuery(
            "update UserAccount u set u.failedLogins = 0, u.lockedUntil = null,"
                + " u.lastLoginAt = :now where u.id = :id")
        .setParameter("now", now)
        .setParameter("id", user.getId())
        .executeUpdate();
  }

  /** Verifies an API client's id and secret. */
  public LoginResult loginClient(String clientId, String secret) {
    if (clientId == null || clientId.isBlank() || secret == null || secret.isEmpty()) {
      return LoginResult.failed(Status.INVALID_CREDENTIALS);
    }
    // A gateway sends its credentials with every reading: verified a moment ago, nothing to look
    // up.
    String digest = Secrets.sha256("client\u0000" + clientId + "\u0000" + secret);
    Optional<Actor> verified =
        cache.verifiedCredential(digest).filter(clientId::equals).flatMap(cache::principal);
    if (verified.isPresent()) {
      return new LoginResult(Status.SUCCESS, verified.get(), 0);
    }
    return CallContext.asRegion(
        Actor.system(),
        () -> {
          Optional<ApiClient> found = findClient(clientId);
          if (found.isEmpty() || !Secrets.matchesDigest(secret, found.get().getSecretHash())) {
            return LoginResult.failed(Status.INVALID_CREDENTIALS);
          }
          ApiClient client = found.get();
          if (!client.isEnabled()) {
            return LoginResult.failed(Status.DISABLED);
          }
          Optional<Tenant> tenant =
              Optional.ofNullable(em.find(Tenant.class, client.getTenantCode()));
          if (tenant.isEmpty() || !tenant.get().isActive()) {
            return LoginResult.failed(Status.TENANT_INACTIVE);
          }
          Actor actor =
              new Actor(
                  client.getClientId(),
                  client.getName(),
                  client.getTenantCode(),
                  tenant.get().getName(),
                  Set.of(Role.API_CLIENT),
                  null,
                  null,
                  client.getScopes());
          cache.rememberPrincipal(actor);
          cache.rememberVerifiedCredential(digest, clientId);
          return new LoginResult(Status.SUCCESS, actor, 0);
        });
  }

  /**
   * Who an authenticated principal is now: empty when the account was disabled, removed or its
   * tenant deactivated since it logged in, so that its session ends at the next request.
   */
  public Optional<Actor> currentIdentity(String principalName) {
    Optional<Actor> cached = cache.principal(principalName);
    if (cached.isPresent()) {
      return cached;
    }
    return CallContext.asRegion(
        Actor.system(),
        () -> {
          Optional<UserAccount> user = findUser(principalName);
          if (user.isEmpty()) {
            return Optional.empty();
          }
          Optional<Tenant> tenant = tenantOf(user.get());
          if (statusOf(user.get(), tenant) != Status.SUCCESS) {
            return Optional.empty();
          }
          Actor actor = actorOf(user.get(), tenant);
          cache.rememberPrincipal(actor);
          return Optional.of(actor);
        });
  }

  /**
   * Whether a username or API client id is in use in any tenant (they share one namespace for
   * login).
   */
  public boolean isPrincipalNameTaken(String name) {
    return CallContext.asRegion(
        Actor.system(), () -> findUser(name).isPresent() || findClient(name).isPresent());
  }

  private Optional<ApiClient> findClient(String clientId) {
    return em.createQuery("select c from ApiClient c where c.clientId = :id", ApiClient.class)
        .setParameter("id", clientId)
        .getResultStream()
        .findFirst();
  }

  private Status statusOf(UserAccount user, Optional<Tenant> tenant) {
    if (!user.isEnabled()) {
      return Status.DISABLED;
    }
    boolean regionAccount = Tenancy.REGION.equals(user.getTenantCode());
    if (!regionAccount && (tenant.isEmpty() || !tenant.get().isActive())) {
      return Status.TENANT_INACTIVE;
    }
    return Status.SUCCESS;
  }

  private Optional<UserAccount> findUser(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  private Optional<Tenant> tenantOf(UserAccount user) {
    return Optional.ofNullable(em.find(Tenant.class, user.getTenantCode()));
  }

  private static Actor actorOf(UserAccount user, Optional<Tenant> tenant) {
    return new Actor(
        user.getUsername(),
        user.getFullName(),
        user.getTenantCode(),
        tenant.map(Tenant::getName).orElse(Tenancy.REGION_NAME),
        Set.copyOf(user.getRoles()),
        user.getSpecialty(),
        null);
  }
}
