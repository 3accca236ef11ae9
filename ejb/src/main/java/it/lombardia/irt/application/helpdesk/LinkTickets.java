package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.encounter.LinkedEncounters;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The help-desk tickets of the patient on their personal link page: those the patient or a
 * caregiver asked for (by the link page or by calling the centre), with the centre's public replies
 * — the place where the requester reads a reply, since SMS and e-mail only say that there is one
 * ({@link ReplyNotifications}) — and whether the satisfaction question is asked ({@link
 * TicketSatisfactions#answerByLink}). Staff's tickets about the patient and internal notes never
 * appear. Runs as the link's holder inside its ASST ({@code PatientVisits}).
 */
@Stateless
public class LinkTickets {

  /** The patient's most recent tickets shown. */
  static final int SHOWN = 10;

  /** The requesters whose tickets the link page shows. */
  static final Set<Ticket.RequesterKind> ASKED_BY_PATIENT =
      EnumSet.of(Ticket.RequesterKind.PATIENT, Ticket.RequesterKind.CAREGIVER);

  /** The states in which the requester is asked the closing question. */
  static final Set<TicketState> CLOSING = EnumSet.of(TicketState.RESOLVED, TicketState.CLOSED);

  /** A ticket as the link page shows it. */
  public record LinkTicket(
      long id,
      String number,
      String summary,
      TicketState state,
      Instant createdAt,
      List<Reply> replies,
      boolean asksSatisfaction) {}

  /** A public reply of the centre. */
  public record Reply(Instant at, String text) {}

  @PersistenceContext EntityManager em;
  @Inject LinkedEncounters linked;

  public List<LinkTicket> tickets(long linkId, long encounterId) {
    Encounter encounter = linked.openedBy(linkId, encounterId);
    List<Ticket> tickets =
        em.createQuery(
                "select t from Ticket t where t.patientId = :p and t.requesterKind in :kinds"
                    + " order by t.createdAt desc, t.id desc",
                Ticket.class)
            .setParameter("p", encounter.getPatientId())
            .setParameter("kinds", ASKED_BY_PATIENT)
            .setMaxResults(SHOWN)
            .getResultList();
    if (tickets.isEmpty()) {
      return List.of();
    }
    List<Long> ids = tickets.stream().map(Ticket::getId).toList();
    Set<Long> answered =
        Set.copyOf(
            em.createQuery(
                    "select s.ticketId from TicketSatisfaction s where s.ticketId in :ids",
                    Long.class)
                .setParameter("ids", ids)
                .getResultList());
    Map<Long, List<Reply>> replies =
        em.createQuery(
                "select e from TicketEntry e where e.ticketId in :ids and e.kind = :k"
                    + " and e.byOperator = true order by e.writtenAt, e.id",
                TicketEntry.class)
            .setParameter("ids", ids)
            .setParameter("k", TicketEntry.Kind.PUBLIC_REPLY)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    TicketEntry::getTicketId,
                    Collectors.mapping(
                        e -> new Reply(e.getWrittenAt(), e.getText()), Collectors.toList())));
    return tickets.stream()
        .map(
            t ->
                new LinkTicket(
                    t.getId(),
                    t.getNumber(),
                    t.getSummary(),
                    t.getState(),
                    t.getCreatedAt(),
                    replies.getOrDefault(t.getId(), List.of()),
                    CLOSING.contains(t.getState()) && !answered.contains(t.getId())))
        .toList();
  }
}
