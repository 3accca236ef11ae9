package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What decides which ASST a ticket call runs in, each in a transaction of its own (a persistence
 * context keeps the tenant it was opened with, so the ticket's own work must open a new one).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TicketReach {

  /**
   * A service centre as its operator acts through it: the ASSTs it serves (code → name) are the
   * grant, its operators those a ticket may be assigned to.
   */
  public record Centre(
      String code, String name, Map<String, String> served, Set<String> operators) {

    public boolean serves(String tenantCode) {
      return served.containsKey(tenantCode);
    }
  }

  @PersistenceContext EntityManager em;

  /** The centre {@code actor} is an operator of: a {@code HELPDESK} user named by a centre. */
  public Optional<Centre> centreOf(Actor actor) {
    if (!actor.hasRole(Role.HELPDESK)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from ServiceCentre c join c.operators o where o = :u", ServiceCentre.class)
        .setParameter("u", actor.name())
        .getResultStream()
        .findFirst()
        .map(this::asCentre);
  }

  /**
   * The ASST a ticket belongs to, looked up across ASSTs (the tenant filter is off for this one
   * query, which answers nothing but the code); the caller decides whether it may go there.
   */
  public Optional<String> tenantOf(long ticketId) {
    return tenantOf("Ticket", ticketId);
  }

  /** The ASST a workstation belongs to, as {@link #tenantOf(long)} finds a ticket's. */
  public Optional<String> tenantOfWorkstation(long workstationId) {
    return tenantOf("Workstation", workstationId);
  }

  private Optional<String> tenantOf(String entity, long id) {
    return CallContext.asRegion(
        CallContext.requireActor(),
        () ->
            em.createQuery(
                    "select e.tenantCode from " + entity + " e where e.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst());
  }

  private Centre asCentre(ServiceCentre c) {
    Map<String, String> served = new TreeMap<>();
    for (String code : c.getServedTenants()) {
      Tenant tenant = em.find(Tenant.class, code);
      served.put(code, tenant == null ? code : tenant.getName());
    }
    return new Centre(c.getCode(), c.getName(), served, c.getOperators());
  }
}
