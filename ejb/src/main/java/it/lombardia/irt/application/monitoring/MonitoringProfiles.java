package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.plan.CarePlans;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.infrastructure.cache.MonitoringCache;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Each patient's {@link MonitoringProfile}, from the cache or built from their active enrolments,
 * approved plans and pauses. Callers have checked who may act on the patient.
 */
@Stateless
public class MonitoringProfiles {

  /** The services whose readings IRT evaluates. */
  private static final Set<TelemedicineService> MONITORING =
      EnumSet.of(
          TelemedicineService.TELEMONITORING_LEVEL_1,
          TelemedicineService.TELEMONITORING_LEVEL_2,
          TelemedicineService.TELECONTROL);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MonitoringCache cache;
  @Inject EnrolmentRepository enrolments;
  @Inject CarePlans carePlans;

  public MonitoringProfile profile(long patientId) {
    return cache.profile(patientId, this::load);
  }

  private MonitoringProfile load(long patientId) {
    List<MonitoredPlan> plans = new ArrayList<>();
    for (Enrolment e : enrolments.activeOf(patientId)) {
      if (e.getServices().stream().noneMatch(MONITORING::contains)) {
        continue;
      }
      em.createQuery(
              "select p from CarePlan p where p.enrolmentId = :e and p.status = :approved",
              CarePlan.class)
          .setParameter("e", e.getId())
          .setParameter("approved", CarePlan.Status.APPROVED)
          .getResultStream()
          .findFirst()
          .ifPresent(
              plan ->
                  plans.add(
                      new MonitoredPlan(
                          e.getId(),
                          plan.getId(),
                          e.getNetworkId(),
                          e.getNetworkVersion(),
                          carePlans.protocol(e),
                          plan.getThresholds(),
                          plan.getAlarmProtocol(),
                          plan.getApprovedAt())));
    }
    List<MonitoringProfile.Pause> pauses =
        em.createQuery(
                "select a from AlarmPause a where a.patientId = :p and a.endsAt > :now",
                AlarmPause.class)
            .setParameter("p", patientId)
            .setParameter("now", clock.instant())
            .getResultStream()
            .map(a -> new MonitoringProfile.Pause(a.getStartsAt(), a.getEndsAt()))
            .toList();
    return new MonitoringProfile(patientId, List.copyOf(plans), pauses);
  }
}
