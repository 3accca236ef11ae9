package it.lombardia.irt.application.user;

import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The ASST's accounts by username, for the services that name colleagues (a requesting physician,
 * an encounter's lead, a consulted specialist). No role check: it answers who an account is, within
 * the caller's ASST, and the calling service decides what that allows.
 */
@Stateless
public class UserDirectory {

  @Inject UserAccountRepository accounts;

  /** The account's full name, or the username itself for an address that is no account. */
  public String nameOf(String username) {
    return find(username).map(UserAccount::getFullName).orElse(username == null ? "" : username);
  }

  /** The full name of the user making the current call. */
  public String callerName() {
    return nameOf(CallContext.requireActor().name());
  }

  public Optional<UserAccount> find(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return accounts.byUsername(username);
  }

  /**
   * The usernames of the enabled accounts with {@code role}. Reads without flushing first: it is
   * asked while readings being ingested are still pending.
   */
  public List<String> enabledWith(Role role) {
    return accounts.enabledWith(role);
  }
}
