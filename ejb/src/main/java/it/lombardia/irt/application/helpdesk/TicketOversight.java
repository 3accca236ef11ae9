package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.device.DeviceTypeNames;
import it.lombardia.irt.application.supplier.EscalationView;
import it.lombardia.irt.application.supplier.EscalationViews;
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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Region oversight of every service centre and ASST (issue: Region administrators oversee tickets):
 * figures and tickets' summaries, never a requester's text or a patient's data. Region-level, so it
 * reads with the tenant filter off and opens its own transaction for that.
 */
@Stateless
public class TicketOversight {

  private static final String NO_CENTRE = "-";
  private static final int TREND_WEEKS = 8;
  private static final int OLDEST_SHOWN = 10;

  @PersistenceContext EntityManager em;
  @Inject SlaPolicy policy;
  @Inject Clock clock;
  @Inject DeviceTypeNames typeNames;
  @Inject EscalationViews escalations;

  public TicketFigures summary() {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(admin, () -> new Reading().figures());
  }

  /** One ticket of any ASST, as its brief, states, clocks and supplier. */
  public TicketBriefing briefing(long ticketId) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(admin, () -> new Reading().briefing(ticketId));
  }

  /** The Region's view of the centres and ASSTs, read once per call. */
  private final class Reading {
    private final List<ServiceCentre> centres =
        em.createQuery("select c from ServiceCentre c order by c.name", ServiceCentre.class)
            .getResultList();
    private final Map<String, ServiceCentre> centreOf = new HashMap<>();
    private final Map<String, String> names =
        em.createQuery("select t from Tenant t", Tenant.class)
            .getResultStream()
            .collect(Collectors.toMap(Tenant::getCode, Tenant::getName));
    private final Instant now = clock.instant();

    Reading() {
      centres.forEach(c -> c.getServedTenants().forEach(t -> centreOf.put(t, c)));
    }

    TicketFigures figures() {
      Map<Long, List<SlaClock.Change>> histories = StateHistories.byTicket(stateEntries(null));
      Map<Long, Integer> scores =
          em.createQuery("select s.ticketId, s.score from TicketSatisfaction s", Object[].class)
              .getResultStream()
              .collect(Collectors.toMap(r -> (Long) r[0], r -> (Integer) r[1]));
      Map<String, Tally> byAsst = new TreeMap<>();
      Map<String, Tally> byCentre = new TreeMap<>();
      CategoryCounts categories = new CategoryCounts(now);
      WeeklyTrend trend = new WeeklyTrend(now, TREND_WEEKS);
      List<TicketBrief> open = new ArrayList<>();
      for (Ticket t : em.createQuery("select t from Ticket t", Ticket.class).getResultList()) {
        SlaPolicy.Clocks clocks = clocks(t, histories.getOrDefault(t.getId(), List.of()));
        Integer score = scores.get(t.getId());
        byAsst.computeIfAbsent(t.getTenantCode(), k -> new Tally()).add(t, clocks, score, now);
        byCentre.computeIfAbsent(centreCode(t), k -> new Tally()).add(t, clocks, score, now);
        categories.add(t);
        trend.opened(t.getCreatedAt());
        if (t.getResolvedAt() != null) {
          trend.resolved(t.getResolvedAt(), clocks.breached());
        }
        if (t.getState().isOpen()) {
          open.add(brief(t, clocks));
        }
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
                tally.row(
                    code, names.getOrDefault(code, code), c == null ? NO_CENTRE : c.getCode()));
          });
      return new TicketFigures(
          centreRows,
          asstRows,
          deviceFaults(),
          categories.rows(),
          trend.rows(),
          open.stream()
              .sorted(Comparator.comparing(TicketBrief::openedAt))
              .limit(OLDEST_SHOWN)
              .toList());
    }

    TicketBriefing briefing(long ticketId) {
      Ticket t = em.find(Ticket.class, ticketId);
      if (t == null) {
        throw new NotFoundException("Ticket", ticketId);
      }
      List<SlaClock.Change> states =
          StateHistories.byTicket(stateEntries(ticketId)).getOrDefault(ticketId, List.of());
      SlaPolicy.Clocks clocks = clocks(t, states);
      Device device = t.getDeviceId() == null ? null : em.find(Device.class, t.getDeviceId());
      EscalationView escalation = escalations.of(ticketId);
      return new TicketBriefing(
          brief(t, clocks),
          device == null ? null : typeNames.name(device.getNetworkId(), device.getTypeId()),
          t.getFirstResponseAt(),
          t.getResolvedAt(),
          clocks.firstResponse(),
          clocks.resolution(),
          states,
          escalation == null
              ? null
              : new TicketBriefing.Supplier(
                  escalation.supplierName(),
                  escalation.state(),
                  escalation.reference(),
                  escalation.escalatedAt()));
    }

    /** The state lines of every ticket, or of one, oldest first. */
    private Stream<TicketEntry> stateEntries(Long ticketId) {
      TypedQuery<TicketEntry> query =
          em.createQuery(
                  "select e from TicketEntry e where e.kind = :k"
                      + (ticketId == null ? "" : " and e.ticketId = :t")
                      + " order by e.writtenAt, e.id",
                  TicketEntry.class)
              .setParameter("k", TicketEntry.Kind.STATE);
      if (ticketId != null) {
        query.setParameter("t", ticketId);
      }
      return query.getResultStream();
    }

    private SlaPolicy.Clocks clocks(Ticket t, List<SlaClock.Change> history) {
      ServiceCentre centre = centreOf.get(t.getTenantCode());
      BusinessCalendar calendar = centre == null ? policy.defaultCalendar() : centre.calendar();
      return policy.clocks(t, history, calendar, now);
    }

    private String centreCode(Ticket t) {
      ServiceCentre centre = centreOf.get(t.getTenantCode());
      return centre == null ? NO_CENTRE : centre.getCode();
    }

    private TicketBrief brief(Ticket t, SlaPolicy.Clocks clocks) {
      ServiceCentre centre = centreOf.get(t.getTenantCode());
      return new TicketBrief(
          t.getId(),
          t.getNumber(),
          names.getOrDefault(t.getTenantCode(), t.getTenantCode()),
          centre == null ? null : centre.getName(),
          t.getCategory(),
          t.getPriority(),
          t.getState(),
          t.getCreatedAt(),
          clocks.breached());
    }
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
    private BacklogAge backlog = BacklogAge.NONE;

    /** {@code score}: the requester's satisfaction with the ticket, if they answered. */
    void add(Ticket t, SlaPolicy.Clocks clocks, Integer score, Instant now) {
      if (score != null) {
        rated++;
        scoreSum += score;
      }
      if (t.getState().isOpen()) {
        open++;
        backlog = backlog.plus(Duration.between(t.getCreatedAt(), now));
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
          code, name, centre, open, breached, resolved, compliance, satisfaction, rated, backlog);
    }
  }
}
