package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The ASSTs in the database (regional data: no tenant filter applies, Envers audits changes). */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  @Override
  public Optional<Tenant> find(String code) {
    return Optional.ofNullable(em.find(Tenant.class, code));
  }

  @Override
  public List<Tenant> all() {
    return em.createQuery("select t from Tenant t order by t.ats, t.name", Tenant.class)
        .getResultList();
  }
}
