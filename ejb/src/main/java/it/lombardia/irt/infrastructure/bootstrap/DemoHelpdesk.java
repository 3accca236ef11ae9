package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.application.helpdesk.SlaPolicy;
import it.lombardia.irt.application.helpdesk.TicketNumbers;
import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.domain.model.helpdesk.Workstation.SiteKind;
import it.lombardia.irt.domain.model.helpdesk.Workstation.State;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo's Centri Servizi (listed in the README): Niguarda's and Bergamo's own centres, a shared
 * centre serving Monza and Brianza around the clock, each with a supervisor, and a few tickets in
 * every state. Created once; existing ones are left as they are.
 */
@Stateless
public class DemoHelpdesk {

  /**
   * A centre: code, name, opening hours, local holidays, the ASSTs it serves, its operator and its
   * supervisor (an operator too, whom the SLA alerts reach at {@link #supervisorEmail}).
   */
  record DemoCentre(
      String code,
      String name,
      String hours,
      String holidays,
      List<String> assts,
      String operator,
      String supervisor) {

    String supervisorEmail() {
      return supervisor + "@irt-demo.example";
    }
  }

  static final List<DemoCentre> CENTRES =
      List.of(
          new DemoCentre(
              "CS-NIGUARDA",
              "Centro Servizi Niguarda",
              "MON-FRI 08:00-18:00; SAT 08:00-12:00",
              "12-07",
              List.of("ASST-NIGUARDA"),
              "niguarda.helpdesk",
              "niguarda.supervisore"),
          new DemoCentre(
              "CS-BERGAMO",
              "Centro Servizi Papa Giovanni XXIII",
              "MON-FRI 08:30-17:30",
              "08-26",
              List.of("ASST-PAPA-GIOVANNI-XXIII"),
              "bergamo.helpdesk",
              "bergamo.supervisore"),
          new DemoCentre(
              "CS-BRIANZA",
              "Centro Servizi Brianza (condiviso)",
              "24/7",
              null,
              List.of("ASST-MONZA", "ASST-BRIANZA"),
              "brianza.helpdesk",
              "brianza.supervisore"));

  /** The operator who handles each demo ASST's tickets. */
  static final Map<String, String> OPERATORS =
      Map.of(
          "ASST-NIGUARDA", "niguarda.helpdesk",
          "ASST-PAPA-GIOVANNI-XXIII", "bergamo.helpdesk",
          "ASST-MONZA", "brianza.helpdesk",
          "ASST-BRIANZA", "brianza.helpdesk");

  @PersistenceContext EntityManager em;
  @Inject TicketNumbers numbers;
  @Inject SlaPolicy policy;
  @Inject Clock clock;

  /** The centres, in the Region's transaction of the demo data. */
  public void centres() {
    for (DemoCentre d : CENTRES) {
      boolean exists =
          em.createQuery("select count(c) from ServiceCentre c where c.code = :c", Long.class)
                  .setParameter("c", d.code())
                  .getSingleResult()
              > 0;
      if (!exists) {
        ServiceCentre centre = new ServiceCentre(d.code(), d.name(), d.hours(), d.holidays());
        d.assts().forEach(centre::serve);
        centre.addOperator(d.operator());
        em.persist(centre);
      }
      supervisor(d);
    }
  }

  /**
   * The demo supervisor of a centre that has none (also one created before supervisors were part of
   * the demo); a supervisor the Region appointed is left as it is.
   */
  private void supervisor(DemoCentre d) {
    ServiceCentre centre =
        em.createQuery("select c from ServiceCentre c where c.code = :c", ServiceCentre.class)
            .setParameter("c", d.code())
            .getSingleResult();
    if (centre.getSupervisor() == null) {
      centre.addOperator(d.supervisor());
      centre.appointSupervisor(d.supervisor());
    }
  }

  /**
   * A few Postazioni di Lavoro of the caller's ASST (a GP's office, a Casa di Comunità, a hospital
   * ward; one in each state but retired), each unless it exists already.
   */
  public void workstations(String asst) {
    String prefix = "PDL-" + asst.substring(asst.indexOf('-') + 1, Math.min(asst.length(), 9));
    Instant now = clock.instant();
    workstation(prefix + "-001", "Studio MMG, via Roma 12", SiteKind.GP_OFFICE, State.ACTIVE, now);
    workstation(
        prefix + "-002",
        "Casa di Comunità, ambulatorio 3",
        SiteKind.COMMUNITY_HOUSE,
        State.ACTIVE,
        now);
    workstation(
        prefix + "-003", "Cardiologia, sala refertazione", SiteKind.HOSPITAL, State.FAULTY, now);
    workstation(
        prefix + "-004",
        "Casa di Comunità, sportello",
        SiteKind.COMMUNITY_HOUSE,
        State.TO_ACTIVATE,
        now);
  }

  private void workstation(String code, String site, SiteKind kind, State state, Instant now) {
    if (em.createQuery("select count(w) from Workstation w where w.code = :c", Long.class)
            .setParameter("c", code)
            .getSingleResult()
        > 0) {
      return;
    }
    Workstation w = new Workstation(code, site, kind, null, now);
    w.update(site, kind, state, null);
    em.persist(w);
  }

  /** A few tickets of the caller's ASST, in every state, unless it has some already. */
  public void tickets(String asst) {
    if (em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult() > 0) {
      return;
    }
    String op = OPERATORS.get(asst);
    Instant now = clock.instant();
    ticket(now, 2, op, TicketCategory.DEVICE, Priority.P2, "La bilancia non trasmette", List.of());
    ticket(
        now,
        5,
        op,
        TicketCategory.CONNECTIVITY,
        Priority.P3,
        "Il router 4G del paziente si spegne",
        List.of(TicketState.ASSIGNED));
    ticket(
        now,
        8,
        op,
        TicketCategory.DEVICE,
        Priority.P1,
        "Saturimetro guasto, paziente in telemonitoraggio",
        List.of(TicketState.ASSIGNED, TicketState.IN_PROGRESS));
    ticket(
        now,
        30,
        op,
        TicketCategory.DEVICE,
        Priority.P2,
        "Sfigmomanometro: errore E3 a ogni misura",
        List.of(TicketState.ASSIGNED, TicketState.IN_PROGRESS, TicketState.WAITING_SUPPLIER));
    ticket(
        now,
        50,
        op,
        TicketCategory.VIDEO,
        Priority.P3,
        "Il caregiver non sente l'audio in televisita",
        List.of(TicketState.ASSIGNED, TicketState.IN_PROGRESS, TicketState.WAITING_REQUESTER));
    ticket(
        now,
        72,
        op,
        TicketCategory.APPLICATION,
        Priority.P4,
        "Account bloccato dopo il cambio password",
        List.of(TicketState.ASSIGNED, TicketState.IN_PROGRESS, TicketState.RESOLVED));
    ticket(
        now,
        200,
        op,
        TicketCategory.WORKSTATION,
        Priority.P3,
        "Webcam della postazione di lavoro non riconosciuta",
        List.of(
            TicketState.ASSIGNED,
            TicketState.IN_PROGRESS,
            TicketState.RESOLVED,
            TicketState.CLOSED));
  }

  /**
   * A ticket reported by a caregiver by phone {@code hoursAgo}, moved along {@code path} one hour
   * apart by {@code op}, who answers when starting the work.
   */
  private void ticket(
      Instant now,
      int hoursAgo,
      String op,
      TicketCategory category,
      Priority priority,
      String summary,
      List<TicketState> path) {
    Instant at = now.minus(Duration.ofHours(hoursAgo));
    Ticket t =
        new Ticket(
            numbers.next(at),
            TicketChannel.PHONE,
            category,
            priority,
            Ticket.RequesterKind.CAREGIVER,
            "Anna Colombo (figlia)",
            "+39 333 0000000",
            op,
            summary,
            null,
            at);
    em.persist(t);
    em.persist(TicketEntry.stateOf(t, null, op, true, at));
    for (TicketState state : path) {
      at = at.plus(Duration.ofHours(1));
      if (state == TicketState.ASSIGNED) {
        t.assign(op);
      } else {
        t.moveTo(state, at, policy.reopenWindow());
      }
      if (state == TicketState.IN_PROGRESS) {
        em.persist(TicketEntry.reply(t, false, "Presa in carico, la richiamiamo.", op, true, at));
        t.responded(at);
      }
      em.persist(TicketEntry.stateOf(t, null, op, true, at));
    }
  }
}
