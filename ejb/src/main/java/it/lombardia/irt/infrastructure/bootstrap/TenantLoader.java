package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.domain.model.governance.ServiceEnablement;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.spi.content.TelemedicineService;
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
        enableEveryService(tenant.getCode());
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

  /**
   * The ASSTs defined here are the Region's own, delivering every service before the roll-out was
   * governed: each service enabled from {@link ServiceRollout#EXISTING_FROM}, as V48 did for those
   * already in the database. (An ASST the Region creates later starts with the first phase only.)
   */
  private void enableEveryService(String code) {
    for (TelemedicineService s : TelemedicineService.values()) {
      em.persist(
          new ServiceEnablement(code, s, ServiceRollout.EXISTING_FROM, "system", clock.instant()));
    }
  }
}
