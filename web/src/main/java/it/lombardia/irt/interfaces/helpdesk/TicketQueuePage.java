package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.application.helpdesk.TicketDetails;
import it.lombardia.irt.application.helpdesk.TicketReach;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The queue of a service centre's operator (their home): the tickets assigned to them, those nobody
 * took yet, and those whose SLA is breaching soon or breached; a ticket the supervisor was alerted
 * about is marked in words ("In scadenza", "SLA superato"). Anyone else in an ASST sees the tickets
 * they reported.
 */
@Named
@ViewScoped
public class TicketQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketDesk desk;

  private TicketReach.Centre centre;
  private List<TicketDetails> tickets = List.of();
  private Map<Long, SlaAlert.Level> slaMarks = Map.of();

  @PostConstruct
  void init() {
    PageActions.attempt(
        () -> {
          centre = desk.centre().orElse(null);
          tickets = desk.list(null, null);
          slaMarks = desk.slaMarks();
        },
        null);
  }

  /** Takes a new ticket: assigns it to the caller. */
  public void take(long id) {
    if (PageActions.attempt(
        () -> desk.changeState(id, TicketState.ASSIGNED.name(), null, null, null),
        "tickets.taken")) {
      init();
    }
  }

  public boolean isOperator() {
    return centre != null;
  }

  public TicketReach.Centre getCentre() {
    return centre;
  }

  public List<TicketDetails> getMine() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return tickets.stream()
        .filter(t -> t.ticket().getState().isOpen() && me.equals(t.ticket().getAssignee()))
        .toList();
  }

  public List<TicketDetails> getUnassigned() {
    return tickets.stream().filter(t -> t.ticket().getState() == TicketState.NEW).toList();
  }

  /** The open proactive call tasks: patients whose device went silent, to be called. */
  public List<TicketDetails> getCalls() {
    return tickets.stream()
        .filter(
            t ->
                t.ticket().getState().isOpen()
                    && t.ticket().getChannel() == TicketChannel.PROACTIVE)
        .toList();
  }

  /** Open tickets with a clock breaching soon or already breached. */
  public List<TicketDetails> getAtRisk() {
    return tickets.stream()
        .filter(
            t ->
                t.ticket().getState().isOpen()
                    && (t.breachingSoon()
                        || t.firstResponse().phase() == SlaClock.Phase.BREACHED
                        || t.resolution().phase() == SlaClock.Phase.BREACHED))
        .toList();
  }

  /**
   * The highest level of SLA alert sent about the ticket ({@code WARNING}, {@code BREACH}), or
   * null.
   */
  public String slaMark(TicketDetails t) {
    SlaAlert.Level level = slaMarks.get(t.ticket().getId());
    return level == null ? null : level.name();
  }

  public List<TicketDetails> getTickets() {
    return tickets;
  }
}
