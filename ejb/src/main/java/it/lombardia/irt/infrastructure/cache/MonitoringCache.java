package it.lombardia.irt.infrastructure.cache;

import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.infinispan.Cache;

/**
 * The Infinispan caches on the path of every measurement: each monitored patient's profile (the
 * thresholds, rules and alarm protocol in force) and the recent series of each parameter (what
 * trend rules look at). Keys carry the tenant, so one ASST never reads another's entry.
 *
 * <p>A change that affects a profile evicts it now and again after its transaction commits: a
 * concurrent reader cannot put the old content back between the two.
 */
@ApplicationScoped
public class MonitoringCache {

  @Resource(lookup = "java:jboss/infinispan/cache/irt/monitoring-profiles")
  private Cache<String, Object> profiles;

  @Resource(lookup = "java:jboss/infinispan/cache/irt/recent-readings")
  private Cache<String, Object> readings;

  @Resource private TransactionSynchronizationRegistry transactions;

  @SuppressWarnings("unchecked")
  public <T> T profile(long patientId, Function<Long, T> load) {
    return (T) profiles.computeIfAbsent(key(patientId), k -> load.apply(patientId));
  }

  /** The cached series of a patient's parameter, if any. */
  @SuppressWarnings("unchecked")
  public <T> T series(long patientId, String code) {
    return (T) readings.get(seriesKey(patientId, code));
  }

  public void putSeries(long patientId, String code, Object series) {
    readings.put(seriesKey(patientId, code), series);
  }

  /**
   * Applies {@code update} to a cached series once the current transaction has committed (never
   * before: a rolled-back reading must not be seen); an uncached series is loaded on next use.
   */
  @SuppressWarnings("unchecked")
  public <T> void updateSeriesAfterCommit(long patientId, String code, UnaryOperator<T> update) {
    String key = seriesKey(patientId, code);
    afterCommit(() -> readings.computeIfPresent(key, (k, v) -> update.apply((T) v)));
  }

  private void afterCommit(Runnable update) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              update.run();
            }
          }
        });
  }

  public void evictSeries(long patientId, String code) {
    String key = seriesKey(patientId, code);
    readings.remove(key);
    afterCommit(() -> readings.remove(key));
  }

  /** A patient's plan, enrolment or pause changed. */
  public void evictProfile(long patientId) {
    String key = key(patientId);
    profiles.remove(key);
    afterCommit(() -> profiles.remove(key));
  }

  /** A network version changed: every profile may follow other rules now. */
  public void evictAllProfiles() {
    profiles.clear();
    afterCommit(profiles::clear);
  }

  private static String seriesKey(long patientId, String code) {
    return key(patientId) + ":" + code;
  }

  private static String key(long patientId) {
    return CallContext.tenantIdentifier() + ":" + patientId;
  }
}
