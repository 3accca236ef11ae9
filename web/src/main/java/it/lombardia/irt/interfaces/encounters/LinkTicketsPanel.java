package it.lombardia.irt.interfaces.encounters;

import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.encounter.PatientVisits;
import it.lombardia.irt.application.helpdesk.LinkTickets;
import it.lombardia.irt.interfaces.shell.ClientAddress;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient's help-desk tickets on their link page ({@link PatientVisitPage}'s link): the
 * centre's replies, read here rather than in an SMS or e-mail, and the closing question once a
 * ticket is resolved. Read again when the page is rendered, so that a problem just reported or a
 * question just answered shows at once.
 */
@Named
@RequestScoped
public class LinkTicketsPanel {

  @Inject PatientVisits visits;
  @Inject PatientVisitPage page;

  private List<LinkTickets.LinkTicket> tickets;
  private boolean readForRendering;
  private final Map<Long, Integer> scores = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();

  public List<LinkTickets.LinkTicket> getTickets() {
    boolean rendering =
        FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (tickets == null || (rendering && !readForRendering)) {
      readForRendering = rendering;
      try {
        tickets = visits.tickets(page.getEncounterId(), page.getToken(), ClientAddress.ofPage());
      } catch (LinkRefusedException e) {
        tickets = List.of();
      }
    }
    return tickets;
  }

  /** The holder's answer to the closing question of ticket {@code ticketId}. */
  public void rate(long ticketId) {
    try {
      if (PageActions.attempt(
          () ->
              visits.rateTicket(
                  page.getEncounterId(),
                  page.getToken(),
                  ticketId,
                  scores.get(ticketId),
                  comments.get(ticketId),
                  ClientAddress.ofPage()),
          "tickets.satisfaction.thanks")) {
        scores.remove(ticketId);
        comments.remove(ticketId);
      }
    } catch (LinkRefusedException e) {
      FacesMessages.error("visit.refused");
    }
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public Map<Long, Integer> getScores() {
    return scores;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
