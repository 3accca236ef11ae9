package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.security.PasswordHasher;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo accounts and enabled networks for the embedded default (switched off with {@code
 * irt.demo.enabled=false}): a Region administrator, and in two ASSTs a user of every role and one
 * API client. They are listed in the README; existing accounts are left as they are. Each demo API
 * client's secret is {@code <clientId>-demo-secret}.
 */
@Stateless
public class DemoData {

  /** The password of every demo account (published in the README). */
  static final String PASSWORD = "Demo.IRT.2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** A demo tenant, the prefix of its users' names and the clinical networks it has enabled. */
  record DemoTenant(String code, String prefix, List<String> networks) {}

  record DemoUser(String suffix, String fullName, Role role, PhysicianSpecialty specialty) {}

  static final List<DemoTenant> TENANTS =
      List.of(
          new DemoTenant(
              "ASST-NIGUARDA",
              "niguarda",
              List.of("cardiology", "diabetes", "respiratory", "oncology", "neurology")),
          new DemoTenant("ASST-PAPA-GIOVANNI-XXIII", "bergamo", List.of("cardiology", "diabetes")));

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "Amministratore ASST", Role.TENANT_ADMIN, null),
          new DemoUser("mmg", "Giulia Bianchi (MMG)", Role.PHYSICIAN, PhysicianSpecialty.MMG),
          new DemoUser("pls", "Luca Verdi (PLS)", Role.PHYSICIAN, PhysicianSpecialty.PLS),
          new DemoUser(
              "cardiologo",
              "Marco Rossi (cardiologo)",
              Role.PHYSICIAN,
              PhysicianSpecialty.SPECIALIST),
          new DemoUser("infermiere", "Sara Colombo (IFeC)", Role.NURSE, null),
          new DemoUser(
              "fisioterapista", "Paolo Ferrari (fisioterapista)", Role.HEALTH_PROFESSIONAL, null),
          new DemoUser("cot", "Operatore COT", Role.COT_OPERATOR, null),
          new DemoUser("adi", "Operatore Centrale ADI", Role.ADI_OPERATOR, null),
          new DemoUser("helpdesk", "Centro Servizi", Role.HELPDESK, null),
          new DemoUser("curatore", "Referente rete clinica", Role.NETWORK_CURATOR, null));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;
  @Inject DemoHelpdesk helpdesk;
  @Inject DemoSuppliers suppliers;
  @Inject DemoKnowledge knowledge;

  public void seed() {
    // One hash for all demo accounts: they share the published demo password anyway.
    String passwordHash = hasher.hash(PASSWORD);
    int created =
        addUser(
            "regione.admin",
            "Amministratore Regione Lombardia",
            Tenancy.REGION,
            Role.REGION_ADMIN,
            null,
            passwordHash);
    for (DemoTenant tenant : TENANTS) {
      for (DemoUser user : USERS) {
        created +=
            addUser(
                tenant.prefix() + "." + user.suffix(),
                user.fullName(),
                tenant.code(),
                user.role(),
                user.specialty(),
                passwordHash);
      }
      String clientId = tenant.prefix() + "-gateway";
      if (count("select count(c) from ApiClient c where c.clientId = :n", clientId) == 0) {
        em.persist(
            new ApiClient(
                    clientId,
                    "Gateway dispositivi (demo)",
                    Secrets.sha256(clientId + "-demo-secret"),
                    clock.instant())
                .inTenant(tenant.code()));
        created++;
      }
      enableNetworks(tenant);
    }
    created +=
        addUser(
            "brianza.helpdesk",
            "Centro Servizi Brianza",
            "ASST-MONZA",
            Role.HELPDESK,
            null,
            passwordHash);
    for (DemoHelpdesk.DemoCentre centre : DemoHelpdesk.CENTRES) {
      created += addSupervisor(centre, passwordHash);
    }
    helpdesk.centres();
    knowledge.centresKnowledge();
    suppliers.suppliers();
    int total = created;
    LOG.info(() -> "Demo data: " + total + " accounts created");
  }

  /** Enables the tenant's demo networks among those active, once. */
  private void enableNetworks(DemoTenant tenant) {
    for (String network : tenant.networks()) {
      boolean active =
          em.createQuery("select count(r) from NetworkRelease r where r.networkId = :n", Long.class)
                  .setParameter("n", network)
                  .getSingleResult()
              > 0;
      boolean enabled =
          em.createQuery(
                      "select count(e) from NetworkEnablement e where e.tenantCode = :t and e.networkId = :n",
                      Long.class)
                  .setParameter("t", tenant.code())
                  .setParameter("n", network)
                  .getSingleResult()
              > 0;
      if (active && !enabled) {
        em.persist(new NetworkEnablement(tenant.code(), network, null, clock.instant()));
      }
    }
  }

  private int addUser(
      String username,
      String fullName,
      String tenant,
      Role role,
      PhysicianSpecialty specialty,
      String hash) {
    if (count("select count(u) from UserAccount u where u.username = :n", username) > 0) {
      return 0;
    }
    UserAccount user = new UserAccount(username, fullName, hash, clock.instant()).inTenant(tenant);
    user.replaceRoles(EnumSet.of(role));
    user.setSpecialty(specialty);
    em.persist(user);
    return 1;
  }

  /** The centre's supervisor, in its first ASST, with an e-mail address for the SLA alerts. */
  private int addSupervisor(DemoHelpdesk.DemoCentre centre, String hash) {
    int created =
        addUser(
            centre.supervisor(),
            "Supervisore " + centre.name(),
            centre.assts().get(0),
            Role.HELPDESK,
            null,
            hash);
    if (created > 0) {
      em.createQuery("select u from UserAccount u where u.username = :n", UserAccount.class)
          .setParameter("n", centre.supervisor())
          .getSingleResult()
          .setEmail(centre.supervisorEmail());
    }
    return created;
  }

  private long count(String jpql, String name) {
    return em.createQuery(jpql, Long.class).setParameter("n", name).getSingleResult();
  }
}
