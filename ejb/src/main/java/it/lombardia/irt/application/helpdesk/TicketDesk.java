package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.helpdesk.TicketReach.Centre;
import it.lombardia.irt.application.supplier.Escalations;
import it.lombardia.irt.domain.model.helpdesk.CallOutcome;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.TicketAttachment;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The help desk's tickets (seed 000 §4.11). Staff of an ASST report tickets and follow their own
 * (its administrator all of the ASST's); the operators of a service centre handle every ticket of
 * the ASSTs the centre serves — and nothing else.
 *
 * <p>Tenant isolation stays Hibernate's: an operator's work on a ticket runs in a transaction of
 * its own <em>inside the ticket's ASST</em>, as the operator with the {@code HELPDESK} role only,
 * and only when the operator's centre serves that ASST (the Region's audited grant, {@link
 * it.lombardia.irt.domain.model.helpdesk.ServiceCentre}). The audit trail records the operator and
 * that ASST. Everyone else keeps their own ASST; a ticket beyond the caller's reach answers exactly
 * like one that does not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketDesk {

  /** The ASSTs' people who may report a ticket (API clients and the Region do not). */
  static final Role[] STAFF = {
    Role.TENANT_ADMIN,
    Role.PHYSICIAN,
    Role.NURSE,
    Role.HEALTH_PROFESSIONAL,
    Role.COT_OPERATOR,
    Role.ADI_OPERATOR,
    Role.HELPDESK,
    Role.NETWORK_CURATOR
  };

  @Inject TicketReach reach;
  @Inject TicketStore store;
  @Inject InputValidator validator;
  @Inject DeviceFaults faults;
  @Inject Escalations escalations;
  @Inject ProactiveCalls calls;
  @Inject AccountHelp accounts;
  @Inject WorkstationStore workstations;
  @Inject SlaMarks slaMarks;
  @Inject TicketAttachments attachments;

  /** The centre the caller is an operator of, if any. */
  public Optional<Centre> centre() {
    return reach.centreOf(Guard.requireAnyRole(STAFF));
  }

  /**
   * A new ticket of the caller's ASST, or — for an operator — of an ASST the centre serves (the one
   * named, else the operator's own if served, else the only one).
   */
  public TicketDetails open(NewTicket form) {
    Actor actor = Guard.requireAnyRole(STAFF);
    validator.check(form);
    String asst = form.asst() == null || form.asst().isBlank() ? null : form.asst().trim();
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isPresent()) {
      Centre c = centre.get();
      String target = asst != null ? asst : defaultAsst(actor, c);
      if (c.serves(target)) {
        return inAsst(actor, c, target, () -> store.open(form, Handling.OPERATOR));
      }
    }
    if (asst != null && !asst.equals(actor.tenantCode())) {
      throw InvalidInputException.of(
          "asst", "error.ticket.asst", "tickets are reported for an ASST you work for");
    }
    return store.open(form, ownHandling(actor));
  }

  public TicketDetails get(long id) {
    return route(id, (h, operators) -> store.view(id, h));
  }

  /** The tickets the caller reaches, newest first: an operator's are those of every served ASST. */
  public List<TicketDetails> list(String state, String category) {
    Actor actor = Guard.requireAnyRole(STAFF);
    TicketState s = parse(TicketState.class, "state", state);
    TicketCategory c = parse(TicketCategory.class, "category", category);
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isEmpty()) {
      return store.list(s, c, ownHandling(actor));
    }
    List<TicketDetails> all = new ArrayList<>();
    eachServed(actor, centre.get(), () -> all.addAll(store.list(s, c, Handling.OPERATOR)));
    all.sort(
        Comparator.comparing((TicketDetails d) -> d.ticket().getCreatedAt())
            .reversed()
            .thenComparing(d -> d.ticket().getId(), Comparator.reverseOrder()));
    return all;
  }

  /**
   * For a centre's operator, the open tickets of the served ASSTs whose SLA alerts went to the
   * supervisor, with the highest level sent; nothing for anyone else.
   */
  public Map<Long, SlaAlert.Level> slaMarks() {
    Actor actor = Guard.requireAnyRole(STAFF);
    Map<Long, SlaAlert.Level> marks = new HashMap<>();
    reach.centreOf(actor).ifPresent(c -> eachServed(actor, c, () -> marks.putAll(slaMarks.sent())));
    return marks;
  }

  public TicketDetails reply(long id, String text, boolean internal) {
    return route(id, (h, operators) -> store.reply(id, text, internal, h));
  }

  /**
   * A move of the state machine; {@code assignee} names the operator on assignment. {@code baseUrl}
   * (IRT's public address) is where a resolution's closing question links to.
   */
  public TicketDetails changeState(
      long id, String state, String assignee, String comment, String baseUrl) {
    Guard.requireAnyRole(STAFF);
    TicketState to = parse(TicketState.class, "state", state);
    return route(
        id, (h, operators) -> store.move(id, to, assignee, comment, h, operators, baseUrl));
  }

  /** The operator marks the device the ticket is about faulty ({@link DeviceFaults}). */
  public TicketDetails markDeviceFaulty(long id) {
    return route(id, (h, operators) -> faults.markFaulty(id, h));
  }

  /** The ticket's devices and the stock a replacement is chosen from (operators). */
  public DeviceCase deviceCase(long id) {
    return route(id, (h, operators) -> faults.deviceCase(id, h));
  }

  /** The operator assigns the stock device {@code deviceId} to replace the faulty one. */
  public TicketDetails assignReplacement(long id, Long deviceId) {
    if (deviceId == null) {
      throw InvalidInputException.of(
          "deviceId", "error.ticket.replacement.missing", "choose the replacement device");
    }
    return route(id, (h, operators) -> faults.assignReplacement(id, deviceId, h));
  }

  /**
   * Escalates the ticket to the supplier responsible for it (level 2): the centre's operators only;
   * {@code note} is what the supplier reads.
   */
  public TicketDetails escalate(long id, String note) {
    return viewAfter(id, h -> escalations.escalate(id, note, h));
  }

  /** The centre's operator records the outcome of a proactive call ({@link ProactiveCalls}). */
  public TicketDetails recordCallOutcome(long id, CallOutcome outcome) {
    return viewAfter(id, h -> calls.recordOutcome(id, outcome, h));
  }

  /** The account of an application ticket's requester, for the centre's operator. */
  public AccountStatus account(long id) {
    return route(id, (h, operators) -> accounts.status(id, h));
  }

  /**
   * The operator, having checked the caller's identity, unlocks the account of the application
   * ticket's requester ({@link AccountHelp}).
   */
  public TicketDetails unlockAccount(long id, boolean identityChecked) {
    return viewAfter(id, h -> accounts.unlock(id, identityChecked, h));
  }

  /**
   * The operator, having checked the caller's identity, has a password reset link e-mailed to the
   * account of the application ticket's requester; {@code baseUrl} is IRT's public address.
   */
  public TicketDetails startPasswordReset(long id, boolean identityChecked, String baseUrl) {
    return viewAfter(id, h -> accounts.startReset(id, identityChecked, baseUrl, h));
  }

  /** The centre's operator links the workstation a workstation ticket is about. */
  public TicketDetails linkWorkstation(long id, Long workstationId) {
    if (workstationId == null) {
      throw InvalidInputException.of(
          "workstationId", "error.ticket.workstation.missing", "choose the workstation");
    }
    return viewAfter(id, h -> workstations.linkTicket(id, workstationId, h));
  }

  /** The workstations in service of the ticket's ASST, for the operator to link one. */
  public List<Workstation> workstationChoices(long id) {
    return route(
        id,
        (h, operators) ->
            h == Handling.OPERATOR ? workstations.inService() : List.<Workstation>of());
  }

  /** Attaches a file to the ticket ({@link TicketAttachments}); refused with 400 if unfit. */
  public TicketAttachmentView attach(
      long id, String fileName, String declaredType, byte[] content) {
    return route(id, (h, operators) -> attachments.attach(id, fileName, declaredType, content, h));
  }

  /** The ticket's attachments, without their bytes. */
  public List<TicketAttachmentView> attachments(long id) {
    return route(id, (h, operators) -> attachments.list(id, h));
  }

  /** One of the ticket's attachments with its bytes. */
  public TicketAttachment attachment(long id, long attachmentId) {
    return route(id, (h, operators) -> attachments.get(id, attachmentId, h));
  }

  /** Runs {@code work} on the ticket as {@link #route} does, then shows the ticket. */
  private TicketDetails viewAfter(long id, Consumer<Handling> work) {
    return route(
        id,
        (h, operators) -> {
          work.accept(h);
          return store.view(id, h);
        });
  }

  /**
   * Runs {@code work} in the ticket's ASST with the handling the caller has there and the operators
   * a ticket may be assigned to (the caller's centre's, when handling it as an operator); or 404.
   */
  private <T> T route(long id, BiFunction<Handling, Set<String>, T> work) {
    Actor actor = Guard.requireAnyRole(STAFF);
    String asst = reach.tenantOf(id).orElseThrow(() -> new NotFoundException("Ticket", id));
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isPresent() && centre.get().serves(asst)) {
      Centre c = centre.get();
      return inAsst(actor, c, asst, () -> work.apply(Handling.OPERATOR, c.operators()));
    }
    if (asst.equals(actor.tenantCode())) {
      return work.apply(ownHandling(actor), Set.of());
    }
    throw new NotFoundException("Ticket", id);
  }

  /**
   * The operator acting in {@code asst} through the centre's grant: the ticket services' own
   * transaction opens there, with the operator's name (for the audit trail) and only the {@code
   * HELPDESK} role.
   */
  static <T> T inAsst(Actor operator, Centre centre, String asst, Supplier<T> work) {
    Actor inAsst =
        new Actor(
            operator.name(),
            operator.fullName(),
            asst,
            centre.served().get(asst),
            Set.of(Role.HELPDESK),
            null,
            operator.clientAddress());
    return CallContext.as(inAsst, work);
  }

  /** Runs {@code work} as the operator in each ASST the centre serves, one after the other. */
  private static void eachServed(Actor operator, Centre centre, Runnable work) {
    for (String asst : centre.served().keySet()) {
      inAsst(
          operator,
          centre,
          asst,
          () -> {
            work.run();
            return null;
          });
    }
  }

  static String defaultAsst(Actor actor, Centre centre) {
    if (centre.serves(actor.tenantCode())) {
      return actor.tenantCode();
    }
    if (centre.served().size() == 1) {
      return centre.served().keySet().iterator().next();
    }
    throw InvalidInputException.of(
        "asst",
        "error.ticket.asst.choose",
        "name the ASST: the centre serves " + centre.served().keySet());
  }

  private static Handling ownHandling(Actor actor) {
    return actor.hasRole(Role.TENANT_ADMIN) ? Handling.ADMIN : Handling.REQUESTER;
  }

  /**
   * The constant of {@code type} named {@code value}; none when blank; else 400 on {@code field}.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          field,
          "error.ticket.unknown",
          "unknown " + field + " '" + value + "'; one of " + List.of(type.getEnumConstants()));
    }
  }
}
