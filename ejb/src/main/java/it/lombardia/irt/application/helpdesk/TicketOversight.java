package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.device.DeviceTypeNames;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.helpdesk.BusinessCalendar;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Region oversight of every service centre and ASST (issue: Region administrators oversee tickets):
 * figures only, never a patient's data. Region-level, so it reads with the tenant filter off and
 * opens its own transaction for that.
 */
@Stateless
public class TicketOversight {

  private static final String NO_CENTRE = "-";

  @PersistenceContext EntityManager em;
  @Inject SlaPolicy policy;
  @Inject Clock clock;
  @Inject DeviceTypeNames typeNames;

  public TicketFigures summary() {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(admin, this::figures);
  }

  private TicketFigures figures() {
    Map<String, ServiceCentre> centreOf = new HashMap<>();
    List<ServiceCentre> centres =
        em.createQuery("select c from ServiceCentre c order by c.name", ServiceCentre.class)
            .getResultList();
    centres.forEach(c -> c.getServedTenants().forEach(t -> centreOf.put(t, c)));
    Map<String, String> names =
        em.createQuery("select t from Tenant t", Tenant.class)
            .getResultStream()
            .collect(Collectors.toMap(Tenant::getCode, Tenant::getName));
    Map<Long, List<SlaClock.Change>> histories =
        StateHistories.byTicket(
            em.createQuery(
                    "select e from TicketEntry e where e.kind = :k order by e.writtenAt, e.id",
                    TicketEntry.class)
                .setParameter("k", TicketEntry.Kind.STATE)
                .getResultStream());
    Map<Long, Integer> scores =
        em.createQuery("select s.ticketId, s.score from TicketSatisfaction s", Object[].class)
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (Integer) r[1]));
    Map<String, Tally> byAsst = new TreeMap<>();
    Map<String, Tally> byCentre = new TreeMap<>();
    Instant now = clock.instant();
    for (Ticket t : em.createQuery("select t from Ticket t", Ticket.class).getResultList()) {
      ServiceCentre centre = centreOf.get(t.getTenantCode());
      BusinessCalendar calendar = centre == null ? policy.defaultCalendar() : centre.calendar();
      var clocks = policy.clocks(t, histories.getOrDefault(t.getId(), List.of()), calendar, now);
      String centreCode = centre == null ? NO_CENTRE : centre.getCode();
      Integer score = scores.get(t.getId());
      byAsst.computeIfAbsent(t.getTenantCode(), k -> new Tally()).add(t, clocks, score);
      byCentre.computeIfAbsent(centreCode, k -> new Tally()).add(t, clocks, score);
    }
    List<TicketFigures.Row> centreRows = new ArrayList<>();
    for (ServiceCentre c : centres) {
      centreRows.add(
          byCentre
              .getOrDefault(c.getCode(), new Tally())
              .row(c.getCode(), c.getName(), c.getCode()));
    }
    List<TicketFigures.Row> asstRows = new ArrayList<>();
    byAsst.forEach(
        (code, tally) -> {
          ServiceCentre c = centreOf.get(code);
          asstRows.add(
              tally.row(code, names.getOrDefault(code, code), c == null ? NO_CENTRE : c.getCode()));
        });
    return new TicketFigures(centreRows, asstRows, deviceFaults());
  }

  /** The devices found faulty (each time a device became faulty), per catalog type and vendor. */
  private List<TicketFigures.DeviceFaultRow> deviceFaults() {
    return em.createQuery(
            "select d.networkId, d.typeId, d.vendor, count(s) from DeviceStep s, Device d"
                + " where s.deviceId = d.id and s.status = :f"
                + " group by d.networkId, d.typeId, d.vendor"
                + " order by count(s) desc, d.typeId, d.vendor",
            Object[].class)
        .setParameter("f", Device.Status.FAULTY)
        .getResultStream()
        .map(
            r ->
                new TicketFigures.DeviceFaultRow(
                    (String) r[0],
                    (String) r[1],
                    typeNames.name((String) r[0], (String) r[1]),
                    (String) r[2],
                    (Long) r[3]))
        .toList();
  }

  /** Counts of one centre or ASST. */
  private static final class Tally {
    private int open;
    private int breached;
    private int resolved;
    private int met;
    private int rated;
    private int scoreSum;

    /** {@code score}: the requester's satisfaction with the ticket, if they answered. */
    void add(Ticket t, SlaPolicy.Clocks clocks, Integer score) {
      if (score != null) {
        rated++;
        scoreSum += score;
      }
      if (t.getState().isOpen()) {
        open++;
        if (clocks.breached()) {
          breached++;
        }
      } else {
        resolved++;
        if (!clocks.breached()) {
          met++;
        }
      }
    }

    TicketFigures.Row row(String code, String name, String centre) {
      Double compliance = resolved == 0 ? null : Math.round(1000.0 * met / resolved) / 10.0;
      Double satisfaction = rated == 0 ? null : Math.round(10.0 * scoreSum / rated) / 10.0;
      return new TicketFigures.Row(
          code, name, centre, open, breached, resolved, compliance, satisfaction, rated);
    }
  }
}
