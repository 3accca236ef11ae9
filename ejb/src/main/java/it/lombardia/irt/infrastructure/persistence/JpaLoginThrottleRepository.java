package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import it.lombardia.irt.domain.model.user.LoginThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Login throttles in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(LoginThrottle throttle) {
    em.persist(throttle);
  }

  @Override
  public void add(LoginThrottleEvent event) {
    em.persist(event);
  }

  @Override
  public void remove(LoginThrottle throttle) {
    em.remove(throttle);
  }

  @Override
  public Optional<LoginThrottle> find(long id) {
    return Optional.ofNullable(em.find(LoginThrottle.class, id));
  }

  @Override
  public Optional<LoginThrottle> of(Kind kind, String subject) {
    return ofSubject(kind, subject).getResultStream().findFirst();
  }

  @Override
  public Optional<LoginThrottle> lockedOf(Kind kind, String subject) {
    return ofSubject(kind, subject)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private TypedQuery<LoginThrottle> ofSubject(Kind kind, String subject) {
    return em.createQuery(
            "select t from LoginThrottle t where t.kind = :kind and t.subject = :subject",
            LoginThrottle.class)
        .setParameter("kind", kind)
        .setParameter("subject", subject);
  }

  @Override
  public List<LoginThrottle> concerning(String username, String address) {
    return em.createQuery(
            "select t from LoginThrottle t where (t.kind = :account and t.subject = :username)"
                + " or (t.kind = :address and t.subject = :ip)",
            LoginThrottle.class)
        .setParameter("account", Kind.ACCOUNT)
        .setParameter("username", username)
        .setParameter("address", Kind.ADDRESS)
        .setParameter("ip", address == null ? "" : address)
        .getResultList();
  }

  @Override
  public List<LoginThrottle> everBlocked() {
    return em.createQuery(
            "select t from LoginThrottle t where t.blockedUntil is not null"
                + " order by t.lastFailureAt desc",
            LoginThrottle.class)
        .getResultList();
  }

  @Override
  public void forget(Kind kind, String subject) {
    em.createQuery("delete from LoginThrottle t where t.kind = :kind and t.subject = :subject")
        .setParameter("kind", kind)
        .setParameter("subject", subject)
        .executeUpdate();
  }

  @Override
  public List<LoginThrottleEvent> latestEvents(int max) {
    return em.createQuery(
            "select e from LoginThrottleEvent e order by e.occurredAt desc, e.id desc",
            LoginThrottleEvent.class)
        .setMaxResults(max)
        .getResultList();
  }
}
