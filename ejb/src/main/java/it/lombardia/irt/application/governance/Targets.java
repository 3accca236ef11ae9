package it.lombardia.irt.application.governance;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.governance.AdoptionCurve;
import it.lombardia.irt.domain.model.governance.CurvePoint;
import it.lombardia.irt.domain.model.governance.NetworkTarget;
import it.lombardia.irt.domain.model.governance.TenantTargetWeight;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The Region's targets as data: the adoption curve (its start is the 1st of January of its first
 * point's year), each network's target and each ASST's weight in the split. Everyone in the
 * governance views reads them; only the Region administrator changes them, with history (Envers).
 */
@Stateless
public class Targets {

  private static final Logger LOG = Logger.getLogger(Targets.class.getName());

  @PersistenceContext EntityManager em;

  /** The targets in force: the curve's points, the networks' targets. */
  public record InForce(List<AdoptionCurve.Point> curve, Map<String, Long> networks) {}

  /** For the Region's and the ASSTs' administrators. */
  public InForce inForce() {
    Guard.requireAnyRole(Role.REGION_ADMIN, Role.TENANT_ADMIN);
    return new InForce(curve().points(), networkTargets());
  }

  public AdoptionCurve curve() {
    List<AdoptionCurve.Point> points =
        em.createQuery("select p from CurvePoint p order by p.date", CurvePoint.class)
            .getResultStream()
            .map(CurvePoint::point)
            .toList();
    return new AdoptionCurve(start(points), points);
  }

  /** Network id → target, in the networks' order. */
  public Map<String, Long> networkTargets() {
    Map<String, Long> targets = new LinkedHashMap<>();
    em.createQuery("select t from NetworkTarget t order by t.networkId", NetworkTarget.class)
        .getResultStream()
        .forEach(t -> targets.put(t.getNetworkId(), t.getPatients()));
    return targets;
  }

  /** Each of {@code tenants} with its weight; all 0 (an even split) while the Region set none. */
  public Map<String, Long> weights(Collection<String> tenants) {
    Map<String, Long> set = new LinkedHashMap<>();
    em.createQuery("select w from TenantTargetWeight w", TenantTargetWeight.class)
        .getResultStream()
        .forEach(w -> set.put(w.getTenantCode(), w.getWeight()));
    Map<String, Long> weights = new LinkedHashMap<>();
    tenants.forEach(t -> weights.put(t, set.getOrDefault(t, 0L)));
    return weights;
  }

  /**
   * Replaces the curve's points (REGION_ADMIN): cumulative, never decreasing, one per date; 400
   * naming the problem otherwise, and nothing changed.
   */
  public AdoptionCurve replaceCurve(List<AdoptionCurve.Point> points) {
    Actor actor = Guard.requireAnyRole(Role.REGION_ADMIN);
    AdoptionCurve curve;
    try {
      curve = new AdoptionCurve(start(points), points);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.of(
          "points", "error.targets.curve", String.valueOf(e.getMessage()));
    }
    Map<LocalDate, CurvePoint> kept = new LinkedHashMap<>();
    em.createQuery("select p from CurvePoint p", CurvePoint.class)
        .getResultStream()
        .forEach(p -> kept.put(p.getDate(), p));
    for (AdoptionCurve.Point p : curve.points()) {
      CurvePoint existing = kept.remove(p.date());
      if (existing == null) {
        em.persist(new CurvePoint(p.date(), p.patients()));
      } else {
        existing.setPatients(p.patients());
      }
    }
    kept.values().forEach(em::remove);
    LOG.info(() -> "Adoption curve set by " + actor.name() + ": " + curve.points());
    return curve;
  }

  /** Sets a network's target (REGION_ADMIN); 404 for a network without one. */
  public NetworkTarget setNetworkTarget(String networkId, long patients) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    requireNotNegative(patients);
    NetworkTarget target = em.find(NetworkTarget.class, networkId);
    if (target == null) {
      throw new NotFoundException("Network target", networkId);
    }
    target.setPatients(patients);
    return target;
  }

  /** Sets an ASST's weight in the split (REGION_ADMIN); 404 for an unknown ASST. */
  public TenantTargetWeight setWeight(String tenantCode, long weight) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    requireNotNegative(weight);
    if (em.find(Tenant.class, tenantCode) == null) {
      throw new NotFoundException("Tenant", tenantCode);
    }
    TenantTargetWeight w = em.find(TenantTargetWeight.class, tenantCode);
    if (w == null) {
      w = new TenantTargetWeight(tenantCode, weight);
      em.persist(w);
    } else {
      w.setWeight(weight);
    }
    return w;
  }

  private static void requireNotNegative(long value) {
    if (value < 0) {
      throw InvalidInputException.of(
          "value", "error.targets.negative", "a target is never negative");
    }
  }

  private static LocalDate start(List<AdoptionCurve.Point> points) {
    return points.isEmpty()
        ? LocalDate.MIN
        : LocalDate.of(
            points.stream()
                .map(AdoptionCurve.Point::date)
                .min(LocalDate::compareTo)
                .get()
                .getYear(),
            1,
            1);
  }
}
