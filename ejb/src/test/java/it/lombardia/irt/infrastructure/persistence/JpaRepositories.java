package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.user.UserAccountRepository;
import jakarta.persistence.EntityManager;

/** The JPA repositories on a test's session (the real Hibernate of {@code PersistenceFixture}). */
public final class JpaRepositories {

  private JpaRepositories() {}

  public static UserAccountRepository accounts(EntityManager em) {
    JpaUserAccountRepository repository = new JpaUserAccountRepository();
    repository.em = em;
    return repository;
  }
}
