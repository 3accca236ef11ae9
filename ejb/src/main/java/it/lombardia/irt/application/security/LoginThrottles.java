package it.lombardia.irt.application.security;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import it.lombardia.irt.domain.model.user.LoginThrottleRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.ThrottlePolicy;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login throttles: {@link Authentication} asks whether a username or an address must wait, counts
 * failures and notes successes; ASST administrators (their own users) and the Region administrator
 * (everyone, addresses included) list the throttles in force and lift them. Every start of a block
 * and every lift is written to the throttles' audit trail.
 */
@Stateless
public class LoginThrottles {

  private static final Logger LOG = Logger.getLogger(LoginThrottles.class.getName());
  private static final int EVENTS_SHOWN = 200;

  @Inject LoginThrottleRepository throttles;
  @Inject UserAccountRepository users;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "irt.security.throttle.account-free-failures", defaultValue = "5")
  int accountFreeFailures;

  @Inject
  @ConfigProperty(name = "irt.security.throttle.address-free-failures", defaultValue = "20")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "irt.security.throttle.first-delay-seconds", defaultValue = "2")
  int firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "irt.security.throttle.max-delay-seconds", defaultValue = "300")
  int maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "irt.security.throttle.forget-after-minutes", defaultValue = "60")
  int forgetAfterMinutes;

  private ThrottlePolicy accounts;
  private ThrottlePolicy addresses;

  @PostConstruct
  void readPolicies() {
    accounts = policy(accountFreeFailures);
    addresses = policy(addressFreeFailures);
  }

  private ThrottlePolicy policy(int freeFailures) {
    return new ThrottlePolicy(
        freeFailures,
        Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds),
        Duration.ofMinutes(forgetAfterMinutes));
  }

  private ThrottlePolicy policyOf(Kind kind) {
    return kind == Kind.ACCOUNT ? accounts : addresses;
  }

  /**
   * The throttles that concern a login attempt: whether (and until when) {@code username} or {@code
   * address} must wait, and whether the username has failures a success should clear. For {@link
   * Authentication}, which runs at region level.
   */
  public Throttling throttling(String username, String address, Instant now) {
    List<LoginThrottle> found = throttles.concerning(username, address);
    return new Throttling(
        found.stream()
            .filter(t -> t.blocksAt(now))
            .map(LoginThrottle::getBlockedUntil)
            .max(Instant::compareTo),
        found.stream().anyMatch(t -> t.getKind() == Kind.ACCOUNT));
  }

  /**
   * What the throttles say about one login attempt.
   *
   * @param blockedUntil until when the attempt is refused, whatever the password; empty when it may
   *     be tried now
   * @param accountFailures whether the username has failures counted
   */
  public record Throttling(Optional<Instant> blockedUntil, boolean accountFailures) {}

  /**
   * Counts a failed login against {@code subject}, in a transaction of its own so that it is kept
   * although the login fails (its caller must not be in a transaction). Two first failures at the
   * same moment may both try to create the throttle: the loser fails on the unique key, and its
   * caller counts again.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(
      Kind kind, String subject, String tenantCode, String address, Instant now) {
    LoginThrottle throttle = throttles.lockedOf(kind, subject).orElse(null);
    if (throttle == null) {
      throttle = new LoginThrottle(kind, subject, tenantCode, now);
      throttles.add(throttle);
    }
    if (throttle.recordFailure(now, policyOf(kind))) {
      throttles.add(
          new LoginThrottleEvent(
              LoginThrottleEvent.Type.LOCKED,
              throttle,
              LoginThrottleEvent.ANONYMOUS,
              address,
              now));
      LoginThrottle blocked = throttle;
      LOG.info(
          () -> "Login throttled: " + kind + " " + subject + " until " + blocked.getBlockedUntil());
    }
  }

  /**
   * A right password: notes the time of the login and clears the username's failures (never the
   * address's). The time is written as one statement without the version check: the first requests
   * of a client sending one person's credentials in parallel all succeed, and must not collide on
   * the account's version (this column is not audited).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSuccess(long userId, String username, Instant now) {
    users.noteLogin(userId, now);
    throttles.forget(Kind.ACCOUNT, username);
  }

  /**
   * The throttles in force or one failure away from blocking again: an ASST administrator sees
   * those of their ASST's accounts, the Region administrator all of them.
   */
  public List<LoginThrottle> current() {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.REGION_ADMIN);
    return inScopeOf(
        admin,
        () -> {
          Instant now = clock.instant();
          return throttles.everBlocked().stream()
              .filter(t -> t.isCurrentAt(now, policyOf(t.getKind())))
              .toList();
        });
  }

  /** Lifts a throttle at once: its failures are forgotten; the lift is audited. */
  public void lift(long id) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.REGION_ADMIN);
    inScopeOf(
        admin,
        () -> {
          liftNow(
              throttles.find(id).orElseThrow(() -> new NotFoundException("Login throttle", id)),
              admin);
          return null;
        });
  }

  /**
   * A service centre's operator unlocks an account of the ASST they act in, on an application
   * ticket whose requester's identity they checked (the help desk decides that): the username's
   * throttle, if any, is lifted and the lift audited under the operator's name and address.
   *
   * @return whether a throttle was lifted
   */
  public boolean liftAccount(String username) {
    Actor operator = Guard.requireAnyRole(Role.HELPDESK);
    return accountThrottle(username)
        .map(
            throttle -> {
              liftNow(throttle, operator);
              return true;
            })
        .orElse(false);
  }

  /** Until when the username's throttle holds, if it does now. */
  public Optional<Instant> accountBlockedUntil(String username) {
    Guard.requireAnyRole(Role.HELPDESK, Role.TENANT_ADMIN);
    Instant now = clock.instant();
    return accountThrottle(username)
        .filter(t -> t.blocksAt(now))
        .map(LoginThrottle::getBlockedUntil);
  }

  /** The throttle of a username in the caller's ASST, if it has one. */
  private Optional<LoginThrottle> accountThrottle(String username) {
    return throttles.of(Kind.ACCOUNT, username);
  }

  private void liftNow(LoginThrottle throttle, Actor by) {
    throttles.add(
        new LoginThrottleEvent(
            LoginThrottleEvent.Type.LIFTED,
            throttle,
            by.name(),
            by.clientAddress(),
            clock.instant()));
    throttles.remove(throttle);
  }

  /** The latest starts and lifts of throttles the caller may see, newest first. */
  public List<LoginThrottleEvent> events() {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.REGION_ADMIN);
    return inScopeOf(admin, () -> throttles.latestEvents(EVENTS_SHOWN));
  }

  /**
   * The Region administrator works across tenants; an ASST administrator inside their own, where
   * the tenant filter hides every other ASST's throttles.
   */
  private static <T> T inScopeOf(Actor admin, Supplier<T> work) {
    return admin.hasRole(Role.REGION_ADMIN) ? CallContext.asRegion(admin, work) : work.get();
  }
}
