package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.application.security.LoginThrottles;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts on application tickets (issue 17 point 7): the centre's operator, having checked the
 * caller's identity (recorded), unlocks the account of the ticket's staff requester — lifts the
 * throttle failed logins put on it — or starts a password reset: a single-use link, valid for
 * {@code irt.security.password-reset.valid-minutes}, e-mailed to the account's own address through
 * the notification outbox. The operator never sees nor sets a password. Each action is an internal
 * note on the ticket; the reset's row ({@link PasswordResetToken}) and the lift's throttle event
 * say who did it, from which address.
 */
@Stateless
public class AccountHelp {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject UserDirectory users;
  @Inject LoginThrottles throttles;
  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "irt.security.password-reset.valid-minutes", defaultValue = "60")
  long validMinutes;

  /** The ticket's account as the operator sees it. */
  public AccountStatus status(long ticketId, Handling handling) {
    UserAccount account = accountOf(ticket(ticketId, handling, false));
    Instant now = clock.instant();
    Instant resetUntil =
        em.createQuery(
                "select r from PasswordResetToken r where r.userId = :u order by r.id desc",
                PasswordResetToken.class)
            .setParameter("u", account.getId())
            .setMaxResults(1)
            .getResultStream()
            .filter(r -> r.isUsableIn(account.getTenantCode(), now))
            .map(PasswordResetToken::getExpiresAt)
            .findFirst()
            .orElse(null);
    return new AccountStatus(
        account.getUsername(),
        account.getFullName(),
        account.isEnabled(),
        ContactPreferences.isEmailAddress(account.getEmail()),
        throttles.accountBlockedUntil(account.getUsername()).orElse(null),
        resetUntil);
  }

  /** Lifts the throttle on the ticket's account, if any; noted on the ticket either way. */
  public void unlock(long ticketId, boolean identityChecked, Handling handling) {
    Ticket ticket = ticket(ticketId, handling, true);
    requireIdentityChecked(identityChecked);
    UserAccount account = accountOf(ticket);
    boolean lifted = throttles.liftAccount(account.getUsername());
    note(
        ticket,
        "Identità del richiedente verificata. Account "
            + account.getUsername()
            + (lifted ? " sbloccato." : ": nessun blocco in corso."));
  }

  /**
   * Starts a password reset of the ticket's account: earlier links stop working, a new one is
   * e-mailed to the account's address in the account's language; {@code baseUrl} is the public
   * address the link's path is appended to.
   */
  public void startReset(
      long ticketId, boolean identityChecked, String baseUrl, Handling handling) {
    Ticket ticket = ticket(ticketId, handling, true);
    requireIdentityChecked(identityChecked);
    UserAccount account = accountOf(ticket);
    RuleViolation.require(
        account.isEnabled(),
        "error.account.disabled",
        "the account is disabled: only the ASST's administrator can enable it");
    RuleViolation.require(
        ContactPreferences.isEmailAddress(account.getEmail()),
        "error.account.noEmail",
        "the account has no e-mail address: the ASST's administrator must set it first");
    Actor operator = CallContext.requireActor();
    Instant now = clock.instant();
    em.createQuery(
            "select r from PasswordResetToken r where r.userId = :u and r.usedAt is null"
                + " and r.supersededAt is null",
            PasswordResetToken.class)
        .setParameter("u", account.getId())
        .getResultStream()
        .forEach(r -> r.supersede(now));
    String token = Secrets.newSecret();
    PasswordResetToken reset =
        new PasswordResetToken(
            account,
            Secrets.sha256(token),
            ticket.getId(),
            operator.name(),
            operator.clientAddress(),
            now,
            Duration.ofMinutes(validMinutes));
    em.persist(reset);
    em.flush();
    ZonedDateTime until = reset.getExpiresAt().atZone(Italy.ZONE);
    notifications.toContact(
        Channel.EMAIL,
        account.getEmail(),
        account.getFullName(),
        account.getContactPreferences().getLanguage(),
        Topic.PASSWORD_RESET,
        "password-reset:" + reset.getId(),
        "password-reset",
        account.getFullName(),
        ticket.getNumber(),
        account.getUsername(),
        baseUrl + linkPath(account.getTenantCode(), token),
        DAY.format(until),
        TIME.format(until));
    note(
        ticket,
        "Identità del richiedente verificata. Reset della password dell'account "
            + account.getUsername()
            + " avviato: collegamento inviato all'indirizzo e-mail dell'account, valido fino al "
            + DAY.format(until)
            + " alle "
            + TIME.format(until)
            + ".");
  }

  /** The public page's path for a link: the ASST it is valid in, and the token. */
  static String linkPath(String tenantCode, String token) {
    return "reset/password.xhtml?a="
        + URLEncoder.encode(tenantCode, StandardCharsets.UTF_8)
        + "&t="
        + token;
  }

  private Ticket ticket(long id, Handling handling, boolean forUpdate) {
    if (handling != Handling.OPERATOR) {
      throw new AccessDeniedException("only the centre's operators help with accounts");
    }
    Ticket ticket =
        forUpdate
            ? em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFoundException("Ticket", id);
    }
    RuleViolation.require(
        ticket.getCategory() == TicketCategory.APPLICATION,
        "error.account.category",
        "accounts are handled on application/account tickets");
    return ticket;
  }

  /** The ticket's requester's account, in the ticket's ASST. */
  private UserAccount accountOf(Ticket ticket) {
    return (ticket.getRequesterKind() == Ticket.RequesterKind.STAFF
            ? users.find(ticket.getRequester())
            : Optional.<UserAccount>empty())
        .orElseThrow(
            () ->
                new RuleViolation(
                    "error.account.none",
                    "the ticket's requester has no account in the ASST; report it as a staff"
                        + " member's ticket with their username"));
  }

  private static void requireIdentityChecked(boolean checked) {
    if (!checked) {
      throw InvalidInputException.of(
          "identityChecked",
          "error.account.identity",
          "check the caller's identity first, and say so (identityChecked)");
    }
  }

  private void note(Ticket ticket, String text) {
    Actor operator = CallContext.requireActor();
    Instant now = clock.instant();
    em.persist(TicketEntry.reply(ticket, true, text, operator.name(), true, now));
  }
}
