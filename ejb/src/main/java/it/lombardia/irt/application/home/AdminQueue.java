package it.lombardia.irt.application.home;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.security.LoginThrottles;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The ASST administrator's day: the accounts of the ASST whose sign-ins are throttled after failed
 * attempts (blocked, or one failure away from blocking again), by the user's name, each to be
 * lifted on the users page.
 */
@Stateless
public class AdminQueue {

  @Inject LoginThrottles throttles;
  @Inject UserDirectory users;

  /**
   * An account refused until {@code blockedUntil} after {@code failures} failed logins in a row.
   */
  public record LockedAccount(String fullName, int failures, Instant blockedUntil) {}

  public record Queue(List<LockedAccount> lockedAccounts) {}

  public Queue admin() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return new Queue(
        throttles.current().stream()
            .filter(t -> t.getKind() == LoginThrottle.Kind.ACCOUNT)
            .map(
                t ->
                    new LockedAccount(
                        users
                            .find(t.getSubject())
                            .map(UserAccount::getFullName)
                            .orElse(t.getSubject()),
                        t.getFailures(),
                        t.getBlockedUntil()))
            .toList());
  }
}
