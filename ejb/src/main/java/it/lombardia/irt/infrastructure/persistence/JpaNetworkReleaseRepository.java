package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.network.NetworkReleaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The networks' releases in the database, through the container's persistence context. */
@ApplicationScoped
public class JpaNetworkReleaseRepository implements NetworkReleaseRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(NetworkRelease release) {
    em.persist(release);
  }

  @Override
  public List<NetworkRelease> of(String networkId) {
    return em.createQuery(
            "select r from NetworkRelease r where r.networkId = :n", NetworkRelease.class)
        .setParameter("n", networkId)
        .getResultList();
  }

  @Override
  public List<String> networkIds() {
    return em.createQuery(
            "select distinct r.networkId from NetworkRelease r order by r.networkId", String.class)
        .getResultList();
  }

  @Override
  public Optional<NetworkRelease> find(String networkId, String version) {
    return em.createQuery(
            "select r from NetworkRelease r where r.networkId = :n and r.version = :v",
            NetworkRelease.class)
        .setParameter("n", networkId)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }
}
