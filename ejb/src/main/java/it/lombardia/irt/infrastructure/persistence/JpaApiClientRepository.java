package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.ApiClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** API clients in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(ApiClient client) {
    em.persist(client);
  }

  @Override
  public Optional<ApiClient> find(long id) {
    return Optional.ofNullable(em.find(ApiClient.class, id));
  }

  @Override
  public Optional<ApiClient> byClientId(String clientId) {
    return em.createQuery("select c from ApiClient c where c.clientId = :id", ApiClient.class)
        .setParameter("id", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiClient> all() {
    return em.createQuery("select c from ApiClient c order by c.clientId", ApiClient.class)
        .getResultList();
  }
}
