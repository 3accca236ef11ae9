package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in memory; the login times noted are kept apart, as the database's statement does. */
public final class InMemoryUserAccounts implements UserAccountRepository {

  public final Rows<UserAccount> table = new Rows<>(UserAccount::getId);
  public final Map<Long, Instant> loginsNoted = new HashMap<>();

  public List<UserAccount> rows() {
    return table.rows;
  }

  @Override
  public void add(UserAccount account) {
    table.insert(account);
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return table.byId(id);
  }

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return table.first(u -> u.getUsername().equals(username));
  }

  @Override
  public List<UserAccount> all() {
    return table.where(u -> true, Comparator.comparing(UserAccount::getUsername));
  }

  @Override
  public List<String> enabledWith(Role role) {
    return table
        .where(
            u -> u.isEnabled() && u.getRoles().contains(role),
            Comparator.comparing(UserAccount::getUsername))
        .stream()
        .map(UserAccount::getUsername)
        .toList();
  }

  @Override
  public void noteLogin(long accountId, Instant at) {
    loginsNoted.put(accountId, at);
  }
}
