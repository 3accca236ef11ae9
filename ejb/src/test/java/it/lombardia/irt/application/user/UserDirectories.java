package it.lombardia.irt.application.user;

import it.lombardia.irt.domain.model.user.UserAccountRepository;
import it.lombardia.irt.infrastructure.persistence.JpaRepositories;
import jakarta.persistence.EntityManager;

/** A {@link UserDirectory} on a test's session, for services of other packages that name people. */
public final class UserDirectories {

  private UserDirectories() {}

  public static UserDirectory on(EntityManager em) {
    return over(JpaRepositories.accounts(em));
  }

  /** A directory over {@code accounts}, in memory for instance. */
  public static UserDirectory over(UserAccountRepository accounts) {
    UserDirectory directory = new UserDirectory();
    directory.accounts = accounts;
    return directory;
  }
}
