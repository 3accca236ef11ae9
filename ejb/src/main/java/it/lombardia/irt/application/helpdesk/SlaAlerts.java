package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Warns a service centre's supervisor that a ticket's SLA clock is about to breach, and tells them
 * when it breaches ({@link SlaAlert}): each alert once, by e-mail (or SMS, if that is the
 * supervisor's channel) through the notification outbox, naming the ticket, its ASST and the clock
 * — never the patient or the problem. {@link SlaWatch} runs it: {@link #watched} across ASSTs, then
 * {@link #check} in each ticket's ASST, each in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SlaAlerts {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** Where a supervisor is told: their channel's address, else their account's e-mail. */
  public record Supervisor(
      String username, String name, Channel channel, String address, String language) {}

  /** An open ticket of an ASST whose centre has a supervisor who can be reached. */
  public record Watched(long ticketId, String tenantCode, Supervisor supervisor) {}

  @PersistenceContext EntityManager em;
  @Inject SlaPolicy policy;
  @Inject Clock clock;
  @Inject Notifications notifications;

  /** The open tickets to watch, across ASSTs (Region scope: the caller runs it as the system). */
  public List<Watched> watched() {
    List<Watched> watched = new ArrayList<>();
    for (ServiceCentre centre :
        em.createQuery(
                "select c from ServiceCentre c where c.supervisor is not null", ServiceCentre.class)
            .getResultList()) {
      Optional<Supervisor> supervisor = supervisor(centre.getSupervisor());
      if (supervisor.isEmpty() || centre.getServedTenants().isEmpty()) {
        continue;
      }
      em.createQuery(
              "select t.id, t.tenantCode from Ticket t"
                  + " where t.tenantCode in :assts and t.state not in :done",
              Object[].class)
          .setParameter("assts", centre.getServedTenants())
          .setParameter("done", EnumSet.of(TicketState.RESOLVED, TicketState.CLOSED))
          .getResultStream()
          .forEach(r -> watched.add(new Watched((Long) r[0], (String) r[1], supervisor.get())));
    }
    return watched;
  }

  /**
   * Sends the alerts the ticket's clocks call for and that were not sent yet, in the ticket's ASST
   * (the caller's). The ticket is locked, so two runs never send the same alert; the alert's unique
   * row guards the rest. How long no further alert can fall due ({@link SlaAlert#quiet}; {@code
   * null}: none in this round).
   */
  public Duration check(long ticketId, Supervisor supervisor) {
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      return null;
    }
    List<SlaClock.Change> history =
        StateHistories.byTicket(
                em.createQuery(
                        "select e from TicketEntry e where e.ticketId = :t and e.kind = :k"
                            + " order by e.writtenAt, e.id",
                        TicketEntry.class)
                    .setParameter("t", ticketId)
                    .setParameter("k", TicketEntry.Kind.STATE)
                    .getResultStream())
            .getOrDefault(ticketId, List.of());
    Instant now = clock.instant();
    SlaPolicy.Clocks clocks =
        policy.clocks(
            ticket,
            history,
            CentreCalendars.of(em, CallContext.requireActor().tenantCode(), policy),
            now);
    for (SlaAlert.Due due :
        SlaAlert.due(
            ticket,
            clocks.firstResponse(),
            clocks.resolution(),
            history,
            policy.warningFraction())) {
      if (!alreadySent(ticketId, due)) {
        em.persist(new SlaAlert(ticket, due, supervisor.username(), now));
        SlaClock slaClock =
            due.target() == SlaAlert.Target.FIRST_RESPONSE
                ? clocks.firstResponse()
                : clocks.resolution();
        notify(ticket, due, slaClock, supervisor);
      }
    }
    return SlaAlert.quiet(
        ticket, clocks.firstResponse(), clocks.resolution(), policy.warningFraction());
  }

  private void notify(Ticket ticket, SlaAlert.Due due, SlaClock slaClock, Supervisor to) {
    String when = slaClock.due() == null ? "" : WHEN.format(slaClock.due().atZone(ITALY));
    Tenant asst = em.find(Tenant.class, CallContext.requireActor().tenantCode());
    notifications.toContact(
        to.channel(),
        to.address(),
        to.name(),
        to.language(),
        Topic.SLA_ALERT,
        "sla:" + ticket.getId() + ":" + due.target() + ":" + due.level() + ":" + due.round(),
        due.level() == SlaAlert.Level.WARNING ? "ticket.sla.warning" : "ticket.sla.breach",
        ticket.getNumber(),
        asst == null ? ticket.getTenantCode() : asst.getName(),
        due.target(),
        when,
        ticket.getPriority().name());
  }

  private boolean alreadySent(long ticketId, SlaAlert.Due due) {
    return !em.createQuery(
            "select a.id from SlaAlert a where a.ticketId = :t and a.target = :c"
                + " and a.level = :l and a.round = :r",
            Long.class)
        .setParameter("t", ticketId)
        .setParameter("c", due.target())
        .setParameter("l", due.level())
        .setParameter("r", due.round())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The supervisor's account, wherever it lives, and where to reach them; none if unreachable. */
  private Optional<Supervisor> supervisor(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .filter(UserAccount::isEnabled)
        .findFirst()
        .flatMap(
            u -> {
              ContactPreferences p = u.getContactPreferences();
              String mobile = p.getMobilePhone();
              if (p.getChannel() == Channel.SMS && mobile != null && !mobile.isBlank()) {
                return Optional.of(
                    new Supervisor(
                        u.getUsername(), u.getFullName(), Channel.SMS, mobile, p.getLanguage()));
              }
              String email = u.getEmail();
              return email == null || email.isBlank()
                  ? Optional.empty()
                  : Optional.of(
                      new Supervisor(
                          u.getUsername(), u.getFullName(), Channel.EMAIL, email, p.getLanguage()));
            });
  }
}
