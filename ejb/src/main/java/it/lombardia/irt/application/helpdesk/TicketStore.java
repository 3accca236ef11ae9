package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientAccessLog;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.supplier.EscalationViews;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.helpdesk.BusinessCalendar;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket work inside one ASST, in the caller's tenant (for a centre's operator, the ASST {@link
 * TicketDesk} chose through the centre's grant). Only {@link TicketDesk} calls it, having decided
 * the caller's {@link Handling}.
 */
@Stateless
public class TicketStore {

  private static final int LIST_MAX = 500;

  @PersistenceContext EntityManager em;
  @Inject SlaPolicy policy;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @Inject PatientAccessLog accessLog;
  @Inject EscalationViews escalations;
  @Inject ReplyNotifications replyNotifications;
  @Inject ClosingQuestion closingQuestion;

  public TicketDetails open(NewTicket form, Handling handling) {
    Actor actor = CallContext.requireActor();
    if (form.patientId() != null && em.find(Patient.class, form.patientId()) == null) {
      throw InvalidInputException.of(
          "patientId", "error.ticket.patient", "no patient with this id in the ASST");
    }
    boolean operator = handling == Handling.OPERATOR;
    Instant now = clock.instant();
    Ticket ticket =
        new Ticket(
                numbers.next(now),
                form.channel(),
                form.category(),
                form.priority(),
                operator && form.requesterKind() != null
                    ? form.requesterKind()
                    : Ticket.RequesterKind.STAFF,
                operator && present(form.requester()) ? form.requester().trim() : actor.name(),
                present(form.requesterContact()) ? form.requesterContact().trim() : null,
                actor.name(),
                form.summary().trim(),
                present(form.description()) ? form.description().trim() : null,
                now)
            .about(
                form.patientId(), present(form.deviceSerial()) ? form.deviceSerial().trim() : null);
    em.persist(ticket);
    em.persist(TicketEntry.stateOf(ticket, null, actor.name(), operator, now));
    return details(ticket, handling);
  }

  public TicketDetails view(long id, Handling handling) {
    return details(find(id, handling, false), handling);
  }

  /**
   * The tickets the caller reaches in this ASST, newest first, optionally by state and category.
   */
  public List<TicketDetails> list(TicketState state, TicketCategory category, Handling handling) {
    String jpql =
        "select t from Ticket t where 1 = 1"
            + (state == null ? "" : " and t.state = :state")
            + (category == null ? "" : " and t.category = :category")
            + (handling == Handling.REQUESTER
                ? " and (t.reportedBy = :me or t.requester = :me)"
                : "")
            + " order by t.createdAt desc, t.id desc";
    var query = em.createQuery(jpql, Ticket.class).setMaxResults(LIST_MAX);
    if (state != null) {
      query.setParameter("state", state);
    }
    if (category != null) {
      query.setParameter("category", category);
    }
    if (handling == Handling.REQUESTER) {
      query.setParameter("me", CallContext.requireActor().name());
    }
    List<Ticket> tickets = query.getResultList();
    if (tickets.isEmpty()) {
      return List.of();
    }
    Map<Long, List<SlaClock.Change>> histories =
        StateHistories.byTicket(
            em.createQuery(
                    "select e from TicketEntry e where e.kind = :k and e.ticketId in :ids"
                        + " order by e.writtenAt, e.id",
                    TicketEntry.class)
                .setParameter("k", TicketEntry.Kind.STATE)
                .setParameter("ids", tickets.stream().map(Ticket::getId).toList())
                .getResultStream());
    BusinessCalendar calendar = calendar();
    Instant now = clock.instant();
    String asst = CallContext.requireActor().tenantName();
    return tickets.stream()
        .map(
            t -> {
              var clocks =
                  policy.clocks(t, histories.getOrDefault(t.getId(), List.of()), calendar, now);
              return new TicketDetails(
                  t,
                  asst,
                  handling == Handling.OPERATOR,
                  clocks.firstResponse(),
                  clocks.resolution(),
                  clocks.breachingSoon(policy.warningFraction()),
                  List.of(),
                  null,
                  null);
            })
        .toList();
  }

  /**
   * A public reply or, for the centre's operators, an internal note. An operator's first public
   * reply stops the first-response clock; the requester's reply to a ticket waiting for them puts
   * it back in progress. An operator's public reply is announced to the requester ({@link
   * ReplyNotifications}).
   */
  public TicketDetails reply(long id, String text, boolean internal, Handling handling) {
    Actor actor = CallContext.requireActor();
    if (text == null || text.isBlank() || text.length() > TicketEntry.TEXT_MAX) {
      throw InvalidInputException.of(
          "text", "error.ticket.text", "write the reply (at most 4000 characters)");
    }
    Ticket ticket = find(id, handling, true);
    boolean operator = handling == Handling.OPERATOR;
    if (internal && !operator) {
      throw new AccessDeniedException("only the centre's operators write internal notes");
    }
    if (ticket.getState() == TicketState.CLOSED) {
      throw new RuleViolation(
          "error.ticket.closed", "a closed ticket takes no replies; reopen it first");
    }
    Instant now = clock.instant();
    TicketEntry reply =
        TicketEntry.reply(ticket, internal, text.trim(), actor.name(), operator, now);
    em.persist(reply);
    if (operator && !internal) {
      ticket.responded(now);
      replyNotifications.replied(ticket, reply);
    } else if (!operator && ticket.getState() == TicketState.WAITING_REQUESTER) {
      ticket.moveTo(TicketState.IN_PROGRESS, now, policy.reopenWindow());
      em.persist(TicketEntry.stateOf(ticket, null, actor.name(), false, now));
    }
    return details(ticket, handling);
  }

  /**
   * Moves the ticket: the centre's operators along the state machine (assignment to one of the
   * centre's operators, the caller by default); the requester and the ASST's administrator only
   * close a resolved ticket or reopen it. A resolution asks the requester the closing question
   * ({@link ClosingQuestion}).
   */
  public TicketDetails move(
      long id,
      TicketState to,
      String assignee,
      String comment,
      Handling handling,
      Set<String> operators,
      String baseUrl) {
    Actor actor = CallContext.requireActor();
    if (to == null) {
      throw InvalidInputException.of("state", "error.ticket.state.missing", "name the new state");
    }
    if (comment != null && comment.length() > TicketEntry.TEXT_MAX) {
      throw InvalidInputException.of("comment", "error.ticket.text", "at most 4000 characters");
    }
    Ticket ticket = find(id, handling, true);
    boolean operator = handling == Handling.OPERATOR;
    boolean closeOrReopen =
        (to == TicketState.CLOSED && ticket.getState() == TicketState.RESOLVED)
            || (to == TicketState.IN_PROGRESS && !ticket.getState().isOpen());
    if (!operator && !closeOrReopen) {
      throw new AccessDeniedException("only the centre's operators handle a ticket");
    }
    Instant now = clock.instant();
    if (to == TicketState.ASSIGNED) {
      String who = present(assignee) ? assignee.trim() : actor.name();
      if (!operators.contains(who)) {
        throw InvalidInputException.of(
            "assignee", "error.ticket.assignee", who + " is not an operator of the centre");
      }
      ticket.assign(who);
    } else {
      ticket.moveTo(to, now, policy.reopenWindow());
    }
    em.persist(
        TicketEntry.stateOf(
            ticket, present(comment) ? comment.trim() : null, actor.name(), operator, now));
    if (to == TicketState.RESOLVED) {
      closingQuestion.resolved(ticket, baseUrl);
    }
    return details(ticket, handling);
  }

  /** The ticket if the caller reaches it with {@code handling} (a requester: their own); or 404. */
  public Ticket find(long id, Handling handling, boolean forUpdate) {
    Ticket ticket =
        forUpdate
            ? em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Ticket.class, id);
    String me = CallContext.requireActor().name();
    if (ticket == null
        || (handling == Handling.REQUESTER
            && !me.equals(ticket.getReportedBy())
            && !me.equals(ticket.getRequester()))) {
      throw new NotFoundException("Ticket", id);
    }
    return ticket;
  }

  private TicketDetails details(Ticket ticket, Handling handling) {
    em.flush();
    List<TicketEntry> timeline =
        em.createQuery(
                "select e from TicketEntry e where e.ticketId = :t order by e.writtenAt, e.id",
                TicketEntry.class)
            .setParameter("t", ticket.getId())
            .getResultList();
    List<SlaClock.Change> history =
        StateHistories.byTicket(timeline.stream()).getOrDefault(ticket.getId(), List.of());
    var clocks = policy.clocks(ticket, history, calendar(), clock.instant());
    return new TicketDetails(
        ticket,
        CallContext.requireActor().tenantName(),
        handling == Handling.OPERATOR,
        clocks.firstResponse(),
        clocks.resolution(),
        clocks.breachingSoon(policy.warningFraction()),
        timeline.stream()
            .filter(
                e -> handling.seesInternalNotes() || e.getKind() != TicketEntry.Kind.INTERNAL_NOTE)
            .toList(),
        handling == Handling.OPERATOR && ticket.getPatientId() != null
            ? supportCard(ticket.getPatientId())
            : null,
        escalations.of(ticket.getId()));
  }

  /** The calendar of the centre serving this ASST, or the default one. */
  private BusinessCalendar calendar() {
    return CentreCalendars.of(em, CallContext.requireActor().tenantCode(), policy);
  }

  /** The patient's support data for an operator; the read is in the patient's access log. */
  private PatientSupportCard supportCard(long patientId) {
    Patient p = em.find(Patient.class, patientId);
    if (p == null) {
      return null;
    }
    if (CallContext.once("ticket-support-card:" + patientId)) {
      accessLog.granted(
          patientId, CallContext.requireActor(), PatientAccess.Purpose.READ, RecordPart.IDENTITY);
    }
    List<PatientSupportCard.SupportDevice> devices =
        em.createQuery("select d from Device d where d.patientId = :p order by d.id", Device.class)
            .setParameter("p", patientId)
            .getResultStream()
            .map(
                d ->
                    new PatientSupportCard.SupportDevice(
                        d.getTypeId(), d.getSerialNumber(), d.getStatus().name()))
            .toList();
    return new PatientSupportCard(
        p.getId(),
        p.getGivenName(),
        p.getFamilyName(),
        p.getPhone(),
        p.getEmail(),
        p.getResidenceMunicipality(),
        devices);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
