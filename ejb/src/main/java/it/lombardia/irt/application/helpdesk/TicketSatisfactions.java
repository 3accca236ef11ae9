package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.encounter.LinkedEncounters;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.helpdesk.SatisfactionInvite;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketSatisfaction;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The one question asked of a ticket's requester when it is resolved or closed (issue 17 point 9):
 * a staff member answers on the ticket's page or through the API, a patient or caregiver on their
 * link page ({@link LinkTickets}). Only the requester answers, once.
 */
@Stateless
public class TicketSatisfactions {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LinkedEncounters linked;

  /** The staff requester's answer about their ticket {@code ticketId} (their own ASST's). */
  public void answer(long ticketId, Integer score, String comment) {
    Actor actor = Guard.requireAnyRole(TicketDesk.STAFF);
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null || !isStaffRequester(ticket, actor)) {
      throw new NotFoundException("Ticket", ticketId);
    }
    record(ticket, score, comment);
  }

  /** Whether the caller is the staff requester of {@code ticketId}, to be asked now. */
  public boolean asks(long ticketId) {
    Actor actor = Guard.requireAnyRole(TicketDesk.STAFF);
    Ticket ticket = em.find(Ticket.class, ticketId);
    return ticket != null && isStaffRequester(ticket, actor) && asked(ticket);
  }

  /**
   * The answer of a personal link's holder about a ticket of the link's patient asked by the
   * patient or a caregiver (as {@link LinkTickets} shows them); any other ticket is refused like a
   * bad link.
   */
  public void answerByLink(
      long linkId, long encounterId, long ticketId, Integer score, String comment) {
    Encounter encounter = linked.openedBy(linkId, encounterId);
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null
        || !encounter.getPatientId().equals(ticket.getPatientId())
        || !LinkTickets.ASKED_BY_PATIENT.contains(ticket.getRequesterKind())) {
      throw new LinkRefusedException();
    }
    record(ticket, score, comment);
  }

  /** A satisfaction link's ticket, as its public page shows it. */
  public record Invited(long inviteId, String number, boolean asked) {}

  /**
   * The ticket a satisfaction link's digest opens in the caller's ASST (the link's), while the link
   * is valid; refused like a bad link otherwise.
   */
  public Invited invited(String tokenSha256) {
    SatisfactionInvite invite = invite(tokenSha256);
    Ticket ticket = em.find(Ticket.class, invite.getTicketId());
    return new Invited(invite.getId(), ticket.getNumber(), asked(ticket));
  }

  /** The answer through a satisfaction link (its holder is the ticket's requester). */
  public void answerByInvite(String tokenSha256, Integer score, String comment) {
    SatisfactionInvite invite = invite(tokenSha256);
    record(
        em.find(Ticket.class, invite.getTicketId(), LockModeType.PESSIMISTIC_WRITE),
        score,
        comment);
  }

  private SatisfactionInvite invite(String tokenSha256) {
    return em.createQuery(
            "select i from SatisfactionInvite i where i.tokenSha256 = :t", SatisfactionInvite.class)
        .setParameter("t", tokenSha256)
        .getResultStream()
        .filter(i -> i.isValidAt(clock.instant()))
        .findFirst()
        .orElseThrow(LinkRefusedException::new);
  }

  /** Whether {@code ticket} waits for its requester's answer: resolved or closed, unanswered. */
  private boolean asked(Ticket ticket) {
    return LinkTickets.CLOSING.contains(ticket.getState()) && !answered(ticket.getId());
  }

  /** Stores the answer about {@code ticket} by the caller, who is its requester. */
  private void record(Ticket ticket, Integer score, String comment) {
    if (score == null || score < 1 || score > 5) {
      throw InvalidInputException.of(
          "score", "error.ticket.satisfaction.score", "the score is a number from 1 to 5");
    }
    String text = comment == null || comment.isBlank() ? null : comment.trim();
    if (text != null && text.length() > TicketSatisfaction.COMMENT_MAX) {
      throw InvalidInputException.of(
          "comment",
          "error.ticket.satisfaction.comment",
          "the comment has at most " + TicketSatisfaction.COMMENT_MAX + " characters");
    }
    if (answered(ticket.getId())) {
      throw ConflictException.of(
          "score", "error.ticket.satisfaction.twice", "this ticket's question is answered");
    }
    em.persist(
        TicketSatisfaction.of(
            ticket, score, text, CallContext.requireActor().name(), clock.instant()));
  }

  private boolean answered(long ticketId) {
    return !em.createQuery(
            "select s.id from TicketSatisfaction s where s.ticketId = :t", Long.class)
        .setParameter("t", ticketId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static boolean isStaffRequester(Ticket ticket, Actor actor) {
    return ticket.getRequesterKind() == Ticket.RequesterKind.STAFF
        && actor.name().equals(ticket.getRequester());
  }
}
