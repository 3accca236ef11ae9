package it.lombardia.irt.application.user;

import it.lombardia.irt.infrastructure.persistence.JpaRepositories;
import jakarta.persistence.EntityManager;

/** A {@link UserDirectory} on a test's session, for services of other packages that name people. */
public final class UserDirectories {

  private UserDirectories() {}

  public static UserDirectory on(EntityManager em) {
    UserDirectory directory = new UserDirectory();
    directory.accounts = JpaRepositories.accounts(em);
    return directory;
  }
}
