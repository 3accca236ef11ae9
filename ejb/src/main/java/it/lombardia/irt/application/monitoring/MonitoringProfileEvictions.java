package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.enrolment.EnrolmentStateChanged;
import it.lombardia.irt.domain.model.monitoring.AlarmPauseChanged;
import it.lombardia.irt.domain.model.network.NetworkContentChanged;
import it.lombardia.irt.domain.model.plan.PlanApproved;
import it.lombardia.irt.infrastructure.cache.MonitoringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The one place that keeps the cached monitoring profiles (thresholds, rules, alarm protocol in
 * force) true to what changed them. Observed inside the change's transaction: the cache evicts now
 * and again after commit, so a reading evaluated meanwhile cannot put the old profile back.
 */
@ApplicationScoped
public class MonitoringProfileEvictions {

  @Inject MonitoringCache cache;

  void planApproved(@Observes PlanApproved event) {
    cache.evictProfile(event.patientId());
  }

  void enrolmentChanged(@Observes EnrolmentStateChanged event) {
    cache.evictProfile(event.patientId());
  }

  void pauseChanged(@Observes AlarmPauseChanged event) {
    cache.evictProfile(event.patientId());
  }

  void networkChanged(@Observes NetworkContentChanged event) {
    cache.evictAllProfiles();
  }
}
