package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.helpdesk.TicketReach;
import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.TicketFacts;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The hand-off of a supplier without a webhook: an e-mail through the notification outbox, queued
 * in the escalation's transaction. Support data only, as the webhook's ({@link HandOffMessages}):
 * the reference to quote back, ticket number, category, device, summary, the operator's note and
 * who at the centre escalated it — no patient, no description.
 */
@ApplicationScoped
public class EscalationMail {

  static final String NONE = "\u2014";

  @Inject Notifications notifications;
  @Inject TicketReach reach;

  /** Queues the e-mail to the supplier's address; false when it has none (nothing to send). */
  boolean send(
      Supplier supplier, Ticket ticket, Escalation escalation, TicketFacts facts, String note) {
    if (supplier.getEmail() == null || supplier.getEmail().isBlank()) {
      return false;
    }
    return notifications.toContact(
        Channel.EMAIL,
        supplier.getEmail(),
        supplier.getName(),
        "it",
        Topic.SUPPLIER_HANDOFF,
        "supplier-escalation:" + escalation.getId(),
        "supplier.escalated",
        HandOffMessages.reference(ticket),
        ticket.getNumber(),
        ticket.getCategory(),
        orNone(facts.deviceType()),
        orNone(ticket.getDeviceSerial()),
        ticket.getSummary(),
        orNone(note),
        centreContact());
  }

  /** The escalating operator and their centre: whom the supplier answers. */
  private String centreContact() {
    Actor operator = CallContext.requireActor();
    String who = operator.fullName() == null ? operator.name() : operator.fullName();
    return reach.centreOf(operator).map(c -> c.name() + ", " + who).orElse(who);
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
