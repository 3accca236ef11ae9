package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts in the database, through the container's persistence context: the tenant is Hibernate's
 * {@code @TenantId}, Envers audits the changes.
 */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  @Override
  public List<String> enabledWith(Role role) {
    return em.createQuery(
            "select u.username from UserAccount u join u.roles r"
                + " where r = :role and u.enabled = true",
            String.class)
        .setParameter("role", role)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  @Override
  public void noteLogin(long accountId, Instant at) {
    em.createQuery("update UserAccount u set u.lastLoginAt = :now where u.id = :id")
        .setParameter("now", at)
        .setParameter("id", accountId)
        .executeUpdate();
  }
}
