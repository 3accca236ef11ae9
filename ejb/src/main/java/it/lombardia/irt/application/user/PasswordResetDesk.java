package it.lombardia.irt.application.user;

import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.PasswordResetTokenRepository;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The transactions of {@link PasswordResets}: each runs in the context that facade sets up (the
 * Region for the token lookup, the link's ASST for the rest).
 */
@Stateless
public class PasswordResetDesk {

  /** The reset a token digest belongs to, and its ASST. */
  public record Holder(long resetId, String tenantCode) {}

  @Inject PasswordResetTokenRepository resets;
  @Inject UserAccountRepository accounts;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject AuthenticationCache authenticationCache;

  /** Runs at Region level: the reset of a token digest, in whichever ASST; null if none. */
  public Holder holder(String tokenSha256) {
    return resets
        .byDigest(tokenSha256)
        .map(r -> new Holder(r.getId(), r.getTenantCode()))
        .orElse(null);
  }

  /** The username the link resets the password of, while it works in {@code tenantCode}. */
  public String username(long resetId, String tenantCode) {
    return account(usable(resetId, tenantCode, false)).getUsername();
  }

  /**
   * Sets the account's new password under the ASST's rule and spends the link, from {@code
   * address}; the account's cached logins are forgotten, so the old password stops at once.
   */
  public Void complete(long resetId, String tenantCode, String newPassword, String address) {
    PasswordResetToken reset = usable(resetId, tenantCode, true);
    UserAccount account = account(reset);
    policy.check(tenantCode, newPassword);
    account.changePassword(hasher.hash(newPassword));
    reset.use(tenantCode, clock.instant(), address);
    authenticationCache.evict(account.getUsername());
    return null;
  }

  private PasswordResetToken usable(long resetId, String tenantCode, boolean forUpdate) {
    Instant now = clock.instant();
    return (forUpdate ? resets.locked(resetId) : resets.find(resetId))
        .filter(reset -> reset.isUsableIn(tenantCode, now))
        .orElseThrow(ResetLinkRefusedException::new);
  }

  private UserAccount account(PasswordResetToken reset) {
    return accounts
        .find(reset.getUserId())
        .filter(UserAccount::isEnabled)
        .orElseThrow(ResetLinkRefusedException::new);
  }
}
