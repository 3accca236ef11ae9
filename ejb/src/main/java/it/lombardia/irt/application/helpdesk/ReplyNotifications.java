package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.Ticket.RequesterKind;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.notification.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Tells a ticket's requester that the centre answered, in the reply's transaction: a staff member
 * who opted in to {@link Topic#TICKETS} (in their language; the message sends them to IRT), or a
 * patient or caregiver at the e-mail address or mobile number they left on the ticket (in Italian).
 * Neither message carries the reply or the ticket's summary: SMS and e-mail are no safe channel for
 * what an operator writes. The patient reads the reply on their personal link page ({@link
 * LinkTickets}) or calls the centre, whose number the message gives.
 */
@ApplicationScoped
public class ReplyNotifications {

  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  /** {@code reply} is the operator's public reply just stored on {@code ticket}. */
  void replied(Ticket ticket, TicketEntry reply) {
    String dedup = "ticket-reply:" + reply.getId();
    if (ticket.getRequesterKind() == RequesterKind.STAFF) {
      notifications.toUser(
          ticket.getRequester(),
          Topic.TICKETS,
          dedup,
          "ticket.replied",
          ticket.getNumber(),
          ticket.getSummary());
      return;
    }
    Optional<RequesterContact> to = RequesterContact.of(ticket);
    if (to.isPresent()) {
      Optional<String> phone = centrePhone(ticket.getTenantCode());
      notifications.toContact(
          to.get().channel(),
          to.get().address(),
          ticket.getRequester(),
          "it",
          Topic.TICKETS,
          dedup,
          phone.isPresent() ? "ticket.replied.contact" : "ticket.replied.contact.nophone",
          ticket.getNumber(),
          phone.orElse(""));
    }
  }

  /** The phone number of the centre serving {@code asst}, if it gave one. */
  private Optional<String> centrePhone(String asst) {
    return em.createQuery(
            "select c.phone from ServiceCentre c join c.servedTenants t where t = :t", String.class)
        .setParameter("t", asst)
        .getResultStream()
        .filter(p -> p != null && !p.isBlank())
        .findFirst();
  }
}
