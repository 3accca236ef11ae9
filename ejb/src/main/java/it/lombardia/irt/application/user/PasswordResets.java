package it.lombardia.irt.application.user;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Function;

/**
 * The account owner's side of a password reset the service centre started ({@link
 * it.lombardia.irt.application.helpdesk.AccountHelp}), reached without logging in through the link
 * e-mailed to them: the token is looked up across the ASSTs (only its digest is stored) and must
 * belong to the ASST the link names; then everything runs inside that ASST as the link, with no
 * role, so it can do nothing but set this one account's password, once.
 */
@ApplicationScoped
public class PasswordResets {

  private static final int TOKEN_MAX = 100;

  @Inject PasswordResetDesk desk;

  /** The username whose password the link sets, while it works. */
  public String username(String tenantCode, String token, String address) {
    return asLink(tenantCode, token, address, h -> desk.username(h.resetId(), tenantCode));
  }

  /** Sets the new password and spends the link (400 if the ASST's rule refuses the password). */
  public void complete(String tenantCode, String token, String newPassword, String address) {
    asLink(
        tenantCode,
        token,
        address,
        h -> desk.complete(h.resetId(), tenantCode, newPassword, address));
  }

  private <T> T asLink(
      String tenantCode, String token, String address, Function<PasswordResetDesk.Holder, T> work) {
    if (tenantCode == null || token == null || token.isBlank() || token.length() > TOKEN_MAX) {
      throw new ResetLinkRefusedException();
    }
    PasswordResetDesk.Holder holder =
        CallContext.asRegion(Actor.system(), () -> desk.holder(Secrets.sha256(token)));
    if (holder == null || !holder.tenantCode().equals(tenantCode)) {
      throw new ResetLinkRefusedException();
    }
    Actor link =
        new Actor(
            "password-reset:" + holder.resetId(),
            null,
            holder.tenantCode(),
            holder.tenantCode(),
            Set.of(),
            null,
            address);
    return CallContext.as(link, () -> work.apply(holder));
  }
}
