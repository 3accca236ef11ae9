package it.lombardia.irt.application.security;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.security.LoginResult.Status;
import it.lombardia.irt.application.security.LoginThrottles.Throttling;
import it.lombardia.irt.application.supplier.SupplierCredentials;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.ApiClientRepository;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.config.TenantSettings;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks people's passwords and API clients' secrets, and tells who an already authenticated
 * principal is. Runs before any tenant is known, so it is a region-level service: it looks accounts
 * up across tenants, each call in a transaction of its own, or none for a person's login, whose
 * writes (a failure must be counted although the login fails) go through {@link LoginThrottles}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authentication {

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());
  private static final int MAX_USERNAME = 80;

  @Inject UserAccountRepository accounts;
  @Inject ApiClientRepository clients;
  @Inject TenantRepository tenants;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;
  @Inject TenantSettings settings;
  @Inject AuthenticationCache cache;
  @Inject LoginThrottles throttles;
  @Inject SupplierCredentials suppliers;

  /**
   * Verifies a person's username and password, unless the username or the client address is
   * throttled after failed logins (then even the right password is refused). Every failure takes
   * the same time and gives the same status to the caller, whether the account exists or not.
   *
   * <p>It only reads, outside any transaction; what it writes goes through {@link LoginThrottles},
   * each write in a transaction of its own, one after the other (never nested).
   *
   * @param address the client's address, counted for throttling; {@code null} if unknown
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public LoginResult login(String username, String password, String address) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return LoginResult.failed(Status.INVALID_CREDENTIALS);
    }
    String digest = Secrets.sha256("user\u0000" + username + "\u0000" + password);
    return CallContext.asRegion(
        Actor.system().from(address),
        () -> {
          Instant now = clock.instant();
          Throttling throttling = throttles.throttling(username, address, now);
          if (throttling.blockedUntil().isPresent()) {
            return LoginResult.throttled(Duration.between(now, throttling.blockedUntil().get()));
          }
          Optional<UserAccount> found =
              username.length() > MAX_USERNAME ? Optional.empty() : findUser(username);
          boolean cached = cache.verifiedCredential(digest).filter(username::equals).isPresent();
          boolean verified;
          if (found.isEmpty()) {
            // Spend the same time as for a real account, so response times do not reveal usernames.
            hasher.spendVerificationTime(password);
            verified = false;
          } else {
            verified = cached || hasher.matches(password, found.get().getPasswordHash());
          }
          if (!verified) {
            String tenant = found.map(UserAccount::getTenantCode).orElse(Tenancy.REGION);
            recordFailure(Kind.ACCOUNT, abbreviated(username), tenant, address, now);
            if (address != null) {
              recordFailure(Kind.ADDRESS, address, Tenancy.REGION, address, now);
            }
            LOG.info(() -> "Failed login for " + abbreviated(username) + " from " + address);
            return LoginResult.failed(Status.INVALID_CREDENTIALS);
          }
          UserAccount user = found.get();
          Optional<Tenant> tenant = tenantOf(user);
          Status status = statusOf(user, tenant);
          if (status != Status.SUCCESS) {
            return LoginResult.failed(status);
          }
          if (!cached || throttling.accountFailures()) {
            throttles.recordSuccess(user.getId(), username, now);
            cache.rememberVerifiedCredential(digest, username);
          }
          Actor actor = actorOf(user, tenant);
          cache.rememberPrincipal(actor);
          int timeout =
              settings.getInt(
                  Setting.SESSION_TIMEOUT_MINUTES,
                  tenant.map(Tenant::getCode).orElse(null),
                  tenant.map(Tenant::getSettings).orElse(Map.of()));
          return LoginResult.succeeded(actor, timeout);
        });
  }

  /**
   * Counts a failure; a second try covers two first failures of one subject at the same moment,
   * where one of them loses the race to create its throttle.
   */
  private void recordFailure(
      Kind kind, String subject, String tenant, String address, Instant now) {
    try {
      throttles.recordFailure(kind, subject, tenant, address, now);
    } catch (EJBException e) {
      throttles.recordFailure(kind, subject, tenant, address, now);
    }
  }

  /** No account has a longer name; a longer one is still throttled, under its first characters. */
  private static String abbreviated(String username) {
    return username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
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
      return LoginResult.succeeded(verified.get(), 0);
    }
    return CallContext.asRegion(
        Actor.system(),
        () -> {
          Optional<ApiClient> found = findClient(clientId);
          if (found.isEmpty()) {
            return suppliers
                .verify(clientId, secret)
                .map(supplier -> LoginResult.succeeded(supplier, 0))
                .orElseGet(() -> LoginResult.failed(Status.INVALID_CREDENTIALS));
          }
          if (!Secrets.matchesDigest(secret, found.get().getSecretHash())) {
            return LoginResult.failed(Status.INVALID_CREDENTIALS);
          }
          ApiClient client = found.get();
          if (!client.isEnabled()) {
            return LoginResult.failed(Status.DISABLED);
          }
          Optional<Tenant> tenant = tenants.find(client.getTenantCode());
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
          return LoginResult.succeeded(actor, 0);
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
        Actor.system(),
        () ->
            findUser(name).isPresent()
                || findClient(name).isPresent()
                || suppliers.byClientId(name).isPresent());
  }

  private Optional<ApiClient> findClient(String clientId) {
    return clients.byClientId(clientId);
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
    return accounts.byUsername(username);
  }

  private Optional<Tenant> tenantOf(UserAccount user) {
    return tenants.find(user.getTenantCode());
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
