package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.PasswordResetTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Password reset links in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaPasswordResetTokenRepository implements PasswordResetTokenRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(PasswordResetToken token) {
    em.persist(token);
  }

  @Override
  public Optional<PasswordResetToken> byDigest(String tokenSha256) {
    return em.createQuery(
            "select r from PasswordResetToken r where r.tokenSha256 = :t", PasswordResetToken.class)
        .setParameter("t", tokenSha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PasswordResetToken> find(long id) {
    return Optional.ofNullable(em.find(PasswordResetToken.class, id));
  }

  @Override
  public Optional<PasswordResetToken> locked(long id) {
    return Optional.ofNullable(
        em.find(PasswordResetToken.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
