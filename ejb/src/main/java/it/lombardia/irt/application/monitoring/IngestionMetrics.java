package it.lombardia.irt.application.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Readings taken in ({@code irt_readings_total} by outcome: created, existing — sent again —,
 * rejected, conflict, forbidden) and the time each intake took, checks, storage and evaluation
 * included ({@code irt_ingestion_seconds}), for Prometheus through WildFly's micrometer subsystem.
 */
@ApplicationScoped
public class IngestionMetrics {

  @Inject MeterRegistry registry;

  private final Map<IngestResult.Outcome, Counter> readings =
      new EnumMap<>(IngestResult.Outcome.class);
  private Timer intake;

  /**
   * Through the registry's own methods, not the meter builders: WildFly 39 exports an application's
   * meters only when registered that way.
   */
  @PostConstruct
  void register() {
    for (IngestResult.Outcome outcome : IngestResult.Outcome.values()) {
      readings.put(
          outcome,
          registry.counter("irt.readings", "outcome", outcome.name().toLowerCase(Locale.ROOT)));
    }
    intake = registry.timer("irt.ingestion");
  }

  /** Registers the meters at deployment, so that they are scraped as zero before any reading. */
  void atDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
    readings.size();
  }

  /** One intake: the results of its resources' readings and how long it took. */
  public void record(List<List<IngestResult>> results, long nanos) {
    intake.record(nanos, TimeUnit.NANOSECONDS);
    for (List<IngestResult> resource : results) {
      for (IngestResult reading : resource) {
        readings.get(reading.outcome()).increment();
      }
    }
  }
}
