package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.tenant.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies the tenant definitions: creates missing tenants and updates those whose definition
 * changed since it was last applied. Running it again changes nothing.
 */
@Stateless
public class TenantLoader {

  private static final Logger LOG = Logger.getLogger(TenantLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public int load(List<TenantDefinition> definitions) {
    int changed = 0;
    for (TenantDefinition d : definitions) {
      Tenant tenant = em.find(Tenant.class, d.code());
      if (tenant == null) {
        tenant = new Tenant(d.code(), d.name(), d.ats(), clock.instant());
        em.persist(tenant);
      } else if (d.hash().equals(tenant.getDefinitionHash())) {
        continue;
      }
      tenant.setName(d.name());
      tenant.setAts(d.ats());
      tenant.setActive(d.active());
      tenant.replaceSettings(d.settings());
      tenant.setDefinitionHash(d.hash());
      changed++;
    }
    int applied = changed;
    LOG.info(
        () -> definitions.size() + " tenant definitions read, " + applied + " created or updated");
    return changed;
  }
}
