package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkEnablementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The ASSTs' network enablements in the database, through the container's persistence context:
 * Hibernate's {@code @TenantId} scopes them, Envers audits them.
 */
@ApplicationScoped
public class JpaNetworkEnablementRepository implements NetworkEnablementRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(NetworkEnablement enablement) {
    em.persist(enablement);
  }

  @Override
  public void remove(NetworkEnablement enablement) {
    em.remove(enablement);
  }

  @Override
  public List<NetworkEnablement> all() {
    return em.createQuery(
            "select e from NetworkEnablement e order by e.networkId", NetworkEnablement.class)
        .getResultList();
  }

  @Override
  public List<NetworkEnablement> of(String networkId) {
    return em.createQuery(
            "select e from NetworkEnablement e where e.networkId = :n", NetworkEnablement.class)
        .setParameter("n", networkId)
        .getResultList();
  }

  @Override
  public Optional<NetworkEnablement> find(String tenantCode, String networkId) {
    return em.createQuery(
            "select e from NetworkEnablement e where e.tenantCode = :t and e.networkId = :n",
            NetworkEnablement.class)
        .setParameter("t", tenantCode)
        .setParameter("n", networkId)
        .getResultStream()
        .findFirst();
  }
}
