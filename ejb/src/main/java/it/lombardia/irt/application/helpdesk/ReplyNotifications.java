package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.Ticket.RequesterKind;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a ticket's requester that the centre answered, in the reply's transaction: a staff member
 * who opted in to {@link Topic#TICKETS} (in their language; the message sends them to IRT), or a
 * patient or caregiver at the e-mail address or mobile number they left on the ticket (in Italian,
 * with the reply itself, since they have no IRT account to read it in).
 */
@ApplicationScoped
public class ReplyNotifications {

  @Inject Notifications notifications;

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
    if (ticket.getRequesterKind() == RequesterKind.SITE || ticket.getRequesterContact() == null) {
      return;
    }
    String contact = ticket.getRequesterContact().trim();
    String mobile = ContactPreferences.normalisedMobile(contact);
    Channel channel =
        ContactPreferences.isEmailAddress(contact)
            ? Channel.EMAIL
            : ContactPreferences.isMobileNumber(mobile) ? Channel.SMS : null;
    if (channel != null) {
      notifications.toContact(
          channel,
          channel == Channel.EMAIL ? contact : mobile,
          ticket.getRequester(),
          "it",
          Topic.TICKETS,
          dedup,
          "ticket.replied.contact",
          ticket.getNumber(),
          ticket.getSummary(),
          reply.getText());
    }
  }
}
