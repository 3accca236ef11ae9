package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workstation work inside one ASST, in the caller's tenant (for a centre's operator, the ASST
 * {@link Workstations} or {@link TicketDesk} chose through the centre's grant).
 */
@Stateless
public class WorkstationStore {

  private static final int LIST_MAX = 2000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The ASST's workstations by site and code, optionally in one state. */
  public List<WorkstationView> list(Workstation.State state) {
    var query =
        em.createQuery(
            "select w from Workstation w"
                + (state == null ? "" : " where w.state = :s")
                + " order by w.site, w.code",
            Workstation.class);
    if (state != null) {
      query.setParameter("s", state);
    }
    List<Workstation> found = query.setMaxResults(LIST_MAX).getResultList();
    Map<Long, Long> open =
        em.createQuery(
                "select t.workstationId, count(t) from Ticket t where t.workstationId is not null"
                    + " and t.state not in :closed group by t.workstationId",
                Object[].class)
            .setParameter("closed", List.of(TicketState.RESOLVED, TicketState.CLOSED))
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    String asst = CallContext.requireActor().tenantName();
    return found.stream()
        .map(w -> new WorkstationView(w, asst, open.getOrDefault(w.getId(), 0L)))
        .toList();
  }

  public WorkstationView create(WorkstationForm form) {
    if (form.code() == null) {
      throw InvalidInputException.of("code", "irt.workstation.code", "the inventory code");
    }
    String code = form.code().trim();
    boolean taken =
        em.createQuery("select count(w) from Workstation w where w.code = :c", Long.class)
                .setParameter("c", code)
                .getSingleResult()
            > 0;
    if (taken) {
      throw ConflictException.of(
          "code", "error.workstation.duplicate", "the ASST already has a workstation " + code);
    }
    Workstation w =
        new Workstation(code, form.site().trim(), form.siteKind(), notes(form), clock.instant());
    if (form.state() != null) {
      w.update(w.getSite(), w.getSiteKind(), form.state(), w.getNotes());
    }
    em.persist(w);
    return new WorkstationView(w, CallContext.requireActor().tenantName(), 0);
  }

  public WorkstationView update(long id, WorkstationForm form) {
    Workstation w = find(id);
    if (form.code() != null && !form.code().trim().equals(w.getCode())) {
      throw InvalidInputException.of(
          "code", "error.workstation.code.fixed", "the inventory code cannot change");
    }
    w.update(
        form.site().trim(),
        form.siteKind(),
        form.state() == null ? w.getState() : form.state(),
        notes(form));
    return new WorkstationView(w, CallContext.requireActor().tenantName(), 0);
  }

  /**
   * The centre's operator links the workstation {@code workstationId} of the ticket's ASST to an
   * open workstation ticket; noted on the ticket.
   */
  public long linkTicket(long ticketId, long workstationId, Handling handling) {
    if (handling != Handling.OPERATOR) {
      throw new AccessDeniedException("only the centre's operators link a workstation");
    }
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      throw new NotFoundException("Ticket", ticketId);
    }
    Workstation w = find(workstationId);
    ticket.aboutWorkstation(w.getId());
    Actor actor = CallContext.requireActor();
    em.persist(
        TicketEntry.reply(
            ticket,
            true,
            "Postazione di lavoro collegata: " + w.getCode() + " (" + w.getSite() + ")",
            actor.name(),
            true,
            clock.instant()));
    return ticketId;
  }

  /** The workstations of the ASST, for a ticket's choice. */
  public List<Workstation> inService() {
    return em.createQuery(
            "select w from Workstation w where w.state <> :r order by w.site, w.code",
            Workstation.class)
        .setParameter("r", Workstation.State.RETIRED)
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  private Workstation find(long id) {
    Workstation w = em.find(Workstation.class, id);
    if (w == null) {
      throw new NotFoundException("Workstation", id);
    }
    return w;
  }

  private static String notes(WorkstationForm form) {
    return form.notes() == null || form.notes().isBlank() ? null : form.notes().trim();
  }
}
