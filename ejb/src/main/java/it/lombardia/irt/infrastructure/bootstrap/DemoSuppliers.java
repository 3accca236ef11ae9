package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.supplier.ResponsibilityRule;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.infrastructure.security.Secrets;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The demo's level-2 suppliers (listed in the README): the vendor of the connected scales, the
 * biomedical-maintenance contract for every other device at home, and the connectivity provider.
 * Each hands off by e-mail (no webhook in the demo) and has a machine client {@code
 * fornitore-<code>} whose secret is {@code <clientId>-demo-secret}. Created once.
 */
@Stateless
public class DemoSuppliers {

  record DemoSupplier(
      String code, String name, String prefix, String email, List<ResponsibilityRule> rules) {}

  static final List<DemoSupplier> SUPPLIERS =
      List.of(
          new DemoSupplier(
              "MEDITECH",
              "Meditech Bilance Connesse S.r.l.",
              "MDT-",
              "assistenza@meditech.example",
              List.of(
                  new ResponsibilityRule(null, "connected-scale", null),
                  new ResponsibilityRule(null, null, "Meditech"))),
          new DemoSupplier(
              "BIOMEDICA",
              "Biomedica Lombarda - manutenzione dispositivi",
              "BML-",
              "ticket@biomedica.example",
              List.of(new ResponsibilityRule(TicketCategory.DEVICE, null, null))),
          new DemoSupplier(
              "RETELOMB",
              "ReteLombardia Connettività",
              "RL-",
              "noc@retelombardia.example",
              List.of(new ResponsibilityRule(TicketCategory.CONNECTIVITY, null, null))));

  @PersistenceContext EntityManager em;

  /** The suppliers, in the Region's transaction of the demo data. */
  public void suppliers() {
    for (DemoSupplier d : SUPPLIERS) {
      boolean exists =
          em.createQuery("select count(s) from Supplier s where s.code = :c", Long.class)
                  .setParameter("c", d.code())
                  .getSingleResult()
              > 0;
      if (!exists) {
        Supplier supplier = new Supplier(d.code(), d.name());
        supplier.configure(d.name(), d.prefix(), null, d.email(), d.rules());
        String clientId = "fornitore-" + d.code().toLowerCase(Locale.ROOT);
        supplier.issueCredential(clientId, Secrets.sha256(clientId + "-demo-secret"));
        em.persist(supplier);
      }
    }
  }
}
