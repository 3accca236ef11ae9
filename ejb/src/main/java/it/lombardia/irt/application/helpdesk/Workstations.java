package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.helpdesk.TicketReach.Centre;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inventory of workstations — <em>Postazioni di Lavoro</em> — per site (issue 17 point 8): the
 * operators of a service centre list and edit those of every ASST the centre serves, an ASST's
 * administrator those of the ASST; nobody else. As for tickets ({@link TicketDesk}), an operator's
 * work runs inside the workstation's ASST through the centre's grant, and a workstation beyond the
 * caller's reach answers like one that does not exist. Changes are audited (Envers).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Workstations {

  @Inject TicketReach reach;
  @Inject WorkstationStore store;
  @Inject InputValidator validator;

  /** The workstations the caller keeps, by ASST, site and code; optionally of one ASST or state. */
  public List<WorkstationView> list(String asst, String state) {
    Actor actor = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.HELPDESK);
    Workstation.State s = TicketDesk.parse(Workstation.State.class, "state", state);
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isPresent()) {
      List<WorkstationView> all = new ArrayList<>();
      for (String code : centre.get().served().keySet()) {
        if (asst == null || asst.isBlank() || asst.trim().equals(code)) {
          all.addAll(TicketDesk.inAsst(actor, centre.get(), code, () -> store.list(s)));
        }
      }
      return all;
    }
    requireAdmin(actor);
    return store.list(s);
  }

  /** Records a workstation, to activate unless the form says otherwise. */
  public WorkstationView create(WorkstationForm form) {
    Actor actor = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.HELPDESK);
    validator.check(form);
    String asst = form.asst() == null || form.asst().isBlank() ? null : form.asst().trim();
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isPresent()) {
      Centre c = centre.get();
      String target = asst != null ? asst : TicketDesk.defaultAsst(actor, c);
      if (!c.serves(target)) {
        throw InvalidInputException.of(
            "asst", "error.workstation.asst", "the centre does not serve " + target);
      }
      return TicketDesk.inAsst(actor, c, target, () -> store.create(form));
    }
    requireAdmin(actor);
    if (asst != null && !asst.equals(actor.tenantCode())) {
      throw InvalidInputException.of(
          "asst", "error.workstation.asst", "workstations are recorded for your own ASST");
    }
    return store.create(form);
  }

  /** Edits a workstation: site, kind, state, notes (its code stays). */
  public WorkstationView update(long id, WorkstationForm form) {
    Actor actor = Guard.requireAnyRole(Role.TENANT_ADMIN, Role.HELPDESK);
    validator.check(form);
    String asst =
        reach.tenantOfWorkstation(id).orElseThrow(() -> new NotFoundException("Workstation", id));
    Optional<Centre> centre = reach.centreOf(actor);
    if (centre.isPresent() && centre.get().serves(asst)) {
      return TicketDesk.inAsst(actor, centre.get(), asst, () -> store.update(id, form));
    }
    if (actor.hasRole(Role.TENANT_ADMIN) && asst.equals(actor.tenantCode())) {
      return store.update(id, form);
    }
    throw new NotFoundException("Workstation", id);
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.hasRole(Role.TENANT_ADMIN)) {
      throw new AccessDeniedException("workstations are kept by the service centre and the ASST");
    }
  }
}
