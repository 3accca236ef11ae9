package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.domain.model.helpdesk.SatisfactionInvite;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.Ticket.RequesterKind;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.infrastructure.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a ticket's requester that it is resolved and asks the closing question with a link to
 * answer it, in the resolution's transaction: a staff member who opted in to {@link Topic#TICKETS}
 * gets the ticket's page in IRT (where the question is asked); a patient or caregiver, at the
 * e-mail address or mobile number left on the ticket, a personal link to a public page that asks
 * that ticket's question only ({@link SatisfactionInvite}; {@link SatisfactionLinks}). Like every
 * message about a ticket, it names the number — never the summary or a reply.
 */
@ApplicationScoped
public class ClosingQuestion {

  @Inject Notifications notifications;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** {@code ticket} has just been resolved; {@code baseUrl} is IRT's public address ending "/". */
  void resolved(Ticket ticket, String baseUrl) {
    if (baseUrl == null) {
      return; // resolved without a request: asked on the ticket's page or the link page
    }
    Instant now = clock.instant();
    String dedup = "ticket-resolved:" + ticket.getId() + ":" + now.toEpochMilli();
    if (ticket.getRequesterKind() == RequesterKind.STAFF) {
      notifications.toUser(
          ticket.getRequester(),
          Topic.TICKETS,
          dedup,
          "ticket.resolved",
          ticket.getNumber(),
          baseUrl + "app/helpdesk/ticket.xhtml?id=" + ticket.getId());
      return;
    }
    Optional<RequesterContact> to = RequesterContact.of(ticket);
    if (to.isEmpty()) {
      return;
    }
    String token = Secrets.newSecret();
    em.persist(new SatisfactionInvite(ticket, Secrets.sha256(token), now));
    notifications.toContact(
        to.get().channel(),
        to.get().address(),
        ticket.getRequester(),
        "it",
        Topic.TICKETS,
        dedup,
        "ticket.resolved.contact",
        ticket.getNumber(),
        baseUrl + linkPath(ticket.getTenantCode(), token));
  }

  /** The public page's path: the ASST the link is valid in, and the token. */
  static String linkPath(String tenantCode, String token) {
    return "visit/rate.xhtml?a="
        + URLEncoder.encode(tenantCode, StandardCharsets.UTF_8)
        + "&t="
        + token;
  }
}
