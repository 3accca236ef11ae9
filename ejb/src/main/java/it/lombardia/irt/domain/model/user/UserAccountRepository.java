package it.lombardia.irt.domain.model.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of the caller's ASST (the tenant filter decides which; at Region level, every
 * ASST's), as account management, login and the services naming colleagues read them.
 */
public interface UserAccountRepository {

  void add(UserAccount account);

  Optional<UserAccount> find(long id);

  /** The account with {@code username} (unique across ASSTs). */
  Optional<UserAccount> byUsername(String username);

  /** Every account, by username. */
  List<UserAccount> all();

  /**
   * The usernames of the enabled accounts with {@code role}, read without flushing first: it is
   * asked while readings being ingested are still pending.
   */
  List<String> enabledWith(Role role);

  /**
   * Notes a login's time as one statement without the version check: parallel first logins of one
   * person must not collide on the account's version (the column is not audited).
   */
  void noteLogin(long accountId, Instant at);
}
