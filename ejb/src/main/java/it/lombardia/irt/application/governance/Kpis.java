package it.lombardia.irt.application.governance;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.governance.AdoptionCurve;
import it.lombardia.irt.domain.model.governance.Apportionment;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The adoption figures against the Region's targets (seed 000 §6.2): every ASST, one ATS's or one
 * ASST's for the Region administrator, its own for an ASST's administrator, in the same shape. An
 * ASST's share of a target follows the weights the Region set (evenly while it set none). Figures
 * only: no patient.
 */
@Stateless
public class Kpis {

  /** How far back the alarms' figures look. */
  static final int ALARM_DAYS = 30;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Targets targets;
  @Inject NetworkCatalog catalog;
  @Inject OperationsFigures operations;

  /** Every active ASST (REGION_ADMIN). */
  public KpiFigures regional() {
    return regional(KpiScope.REGION);
  }

  /** The active ASSTs of one ATS, or one ASST (REGION_ADMIN); an unknown ASST is not found. */
  public KpiFigures regional(KpiScope scope) {
    Actor admin = Guard.requireAnyRole(Role.REGION_ADMIN);
    return CallContext.asRegion(admin, () -> figures(scope));
  }

  /** The caller's ASST (TENANT_ADMIN): its share of the targets and its own figures. */
  public KpiFigures ofOwnTenant() {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    return figures(KpiScope.tenant(admin.tenantCode()));
  }

  /**
   * The figures of the scope's ASSTs; an ASST's admin reads with its tenant filter on, which leaves
   * only its own enrolments and encounters.
   */
  private KpiFigures figures(KpiScope scope) {
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    AdoptionCurve curve = targets.curve();
    long targetToday = curve.targetOn(today);

    // every active ASST shares the targets, whatever the scope shows
    Map<String, Tenant> tenants =
        em.createQuery("select t from Tenant t where t.active = true order by t.name", Tenant.class)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    Tenant::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    if (scope.tenantCode() != null && !tenants.containsKey(scope.tenantCode())) {
      throw new NotFoundException("ASST", scope.tenantCode());
    }
    Map<String, Long> weights = targets.weights(tenants.keySet());
    Map<String, Long> tenantTarget = Apportionment.split(curve.target(), weights);
    Map<String, Long> tenantToday = Apportionment.split(targetToday, weights);

    Map<String, Long> activeByNetwork = new HashMap<>();
    Map<String, Long> activeByTenant = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.tenantCode, e.networkId, count(e) from Enrolment e where e.state = :active"
                    + " group by e.tenantCode, e.networkId",
                Object[].class)
            .setParameter("active", Enrolment.State.ACTIVE)
            .getResultList()) {
      Tenant t = tenants.get((String) r[0]);
      if (t != null && scope.includes(t)) {
        activeByNetwork.merge((String) r[1], (Long) r[2], Long::sum);
        activeByTenant.merge((String) r[0], (Long) r[2], Long::sum);
      }
    }
    Map<String, Map<TelemedicineService, Long>> delivered = delivered();
    List<KpiFigures.TenantRow> rows = new ArrayList<>();
    for (Tenant t : tenants.values()) {
      if (scope.includes(t)) {
        rows.add(
            new KpiFigures.TenantRow(
                t.getCode(),
                t.getName(),
                t.getAts() == null ? null : t.getAts().name(),
                tenantTarget.get(t.getCode()),
                tenantToday.get(t.getCode()),
                activeByTenant.getOrDefault(t.getCode(), 0L),
                delivered.getOrDefault(t.getCode(), new EnumMap<>(TelemedicineService.class))));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    rows.forEach(r -> names.put(r.code(), r.name()));
    LocalDate alarmsSince = today.minusDays(ALARM_DAYS);
    long scopeTarget =
        scope.whole()
            ? curve.target()
            : rows.stream().mapToLong(KpiFigures.TenantRow::target).sum();
    long scopeToday =
        scope.whole()
            ? targetToday
            : rows.stream().mapToLong(KpiFigures.TenantRow::targetToday).sum();
    return new KpiFigures(
        today,
        scopeTarget,
        scopeToday,
        curve.points().stream()
            .map(p -> new KpiFigures.CurveRow(p.date().getYear(), p.date(), p.patients()))
            .toList(),
        networks(scope, scopeTarget, scopeToday, activeByNetwork),
        KpiFigures.AtsRow.of(rows),
        rows,
        operations.rows(names),
        alarmsSince,
        operations.alarms(names.keySet(), alarmsSince.atStartOfDay(Italy.ZONE).toInstant()));
  }

  /** The Region's network targets as set; a part of the Region's, split in their ratio. */
  private List<KpiFigures.NetworkRow> networks(
      KpiScope scope, long scopeTarget, long scopeToday, Map<String, Long> activeByNetwork) {
    Map<String, Long> networkTargets = targets.networkTargets();
    Map<String, Long> networkTarget =
        scope.whole() ? networkTargets : Apportionment.split(scopeTarget, networkTargets);
    Map<String, Long> networkToday = Apportionment.split(scopeToday, networkTargets);
    Map<String, Label> names =
        catalog.visible().stream()
            .collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::name));
    return networkTargets.keySet().stream()
        .map(
            id ->
                new KpiFigures.NetworkRow(
                    id,
                    names.getOrDefault(id, new Label(id, id)),
                    networkTarget.get(id),
                    networkToday.get(id),
                    activeByNetwork.getOrDefault(id, 0L)))
        .toList();
  }

  /** Encounters completed per ASST and service. */
  private Map<String, Map<TelemedicineService, Long>> delivered() {
    Map<String, Map<TelemedicineService, Long>> delivered = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.tenantCode, e.service, count(e) from Encounter e where e.state = :done"
                    + " group by e.tenantCode, e.service",
                Object[].class)
            .setParameter("done", Encounter.State.COMPLETED)
            .getResultList()) {
      delivered
          .computeIfAbsent((String) r[0], k -> new EnumMap<>(TelemedicineService.class))
          .put((TelemedicineService) r[1], (Long) r[2]);
    }
    return delivered;
  }
}
