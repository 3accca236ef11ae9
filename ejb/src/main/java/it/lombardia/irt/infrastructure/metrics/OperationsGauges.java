package it.lombardia.irt.infrastructure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.DatabaseFailures;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.infrastructure.outbox.OutboxKind;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.AlarmLevel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gauges of the whole platform, every ASST together: alarms waiting for acknowledgement by
 * level ({@code irt_alarms_unacknowledged}) and the age of the oldest ({@code
 * irt_alarms_unacknowledged_oldest_seconds}), outbox entries not yet delivered by outbox ({@code
 * irt_outbox_pending}, {@code irt_outbox_pending_oldest_seconds}). Counted every {@code
 * irt.metrics.refresh-seconds} rather than at each scrape, so that a scrape never queries the
 * database; a count that fails (the database away) keeps the last values.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperationsGauges {

  private static final Logger LOG = Logger.getLogger(OperationsGauges.class.getName());

  @Resource TimerService timers;
  @PersistenceContext EntityManager em;
  @Inject MeterRegistry registry;
  @Inject Clock clock;
  @Inject @Any Instance<OutboxKind<?>> outboxes;

  @Inject
  @ConfigProperty(name = "irt.metrics.refresh-seconds", defaultValue = "30")
  long refreshSeconds;

  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final List<Gauge> gauges = new ArrayList<>();

  @PostConstruct
  void register() {
    for (AlarmLevel level : AlarmLevel.values()) {
      String tag = level.name().toLowerCase(Locale.ROOT);
      gauge("irt.alarms.unacknowledged", "level", tag);
      gauge("irt.alarms.unacknowledged.oldest.seconds", "level", tag);
    }
    for (OutboxKind<?> outbox : outboxes) {
      String name = outbox.settings().name();
      gauge("irt.outbox.pending", "outbox", name);
      gauge("irt.outbox.pending.oldest.seconds", "outbox", name);
    }
    long ms = Math.max(1, refreshSeconds) * 1000;
    timers.createIntervalTimer(0, ms, new TimerConfig("operations-gauges", false));
  }

  /**
   * Through the registry's own method: WildFly 39 exports an application's meters only so. The
   * registry outlives a deployment and keeps the first gauge of a name, whose value a redeployed
   * application no longer holds: an earlier one is removed first, and this one at undeployment.
   */
  private void gauge(String name, String tagKey, String tag) {
    AtomicLong value = values.computeIfAbsent(name + "|" + tag, k -> new AtomicLong());
    Gauge earlier = registry.find(name).tags(tagKey, tag).gauge();
    if (earlier != null) {
      registry.remove(earlier);
    }
    registry.gauge(name, Tags.of(tagKey, tag), value, AtomicLong::get);
    gauges.add(registry.find(name).tags(tagKey, tag).gauge());
  }

  @PreDestroy
  void unregister() {
    gauges.forEach(registry::remove);
  }

  @Timeout
  void refresh() {
    try {
      CallContext.asRegion(
          Actor.system(),
          () -> {
            countAlarms();
            countOutboxes();
            return null;
          });
    } catch (RuntimeException e) {
      DatabaseFailures.logFailedRun(
          LOG, "Operations gauges not refreshed; the last values stay", e);
    }
  }

  private void countAlarms() {
    Instant now = clock.instant();
    for (AlarmLevel level : AlarmLevel.values()) {
      Object[] row =
          em.createQuery(
                  "select count(a), min(a.firstAt) from Alarm a"
                      + " where a.state = :open and a.level = :level",
                  Object[].class)
              .setParameter("open", Alarm.State.OPEN)
              .setParameter("level", level)
              .getSingleResult();
      set("irt.alarms.unacknowledged", level.name().toLowerCase(Locale.ROOT), row, now);
    }
  }

  private void countOutboxes() {
    Instant now = clock.instant();
    for (OutboxKind<?> outbox : outboxes) {
      Object[] row =
          em.createQuery(
                  "select count(e), min(e.createdAt) from "
                      + outbox.settings().entries().getSimpleName()
                      + " e where e.delivery.status = :pending",
                  Object[].class)
              .setParameter("pending", Delivery.Status.PENDING)
              .getSingleResult();
      set("irt.outbox.pending", outbox.settings().name(), row, now);
    }
  }

  /** Sets the gauge {@code count} and its {@code .oldest.seconds} for {@code tag} from a row. */
  private void set(String count, String tag, Object[] row, Instant now) {
    values.get(count + "|" + tag).set(((Number) row[0]).longValue());
    Instant oldest = (Instant) row[1];
    values
        .get(count + ".oldest.seconds|" + tag)
        .set(oldest == null ? 0 : Duration.between(oldest, now).toSeconds());
  }
}
