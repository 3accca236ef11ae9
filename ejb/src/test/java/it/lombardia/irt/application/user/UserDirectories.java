package it.lombardia.irt.application.user;

import jakarta.persistence.EntityManager;

/** A {@link UserDirectory} on a test's session, for services of other packages that name people. */
public final class UserDirectories {

  private UserDirectories() {}

  public static UserDirectory on(EntityManager em) {
    UserDirectory directory = new UserDirectory();
    directory.em = em;
    return directory;
  }
}
