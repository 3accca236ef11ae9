package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single resources that one sender posts at the same moment are stored as a group, in one
 * transaction (group commit): while {@code irt.ingest.groups-in-flight} of the sender's requests
 * store a group each, the requests that arrive queue up, and the first of them to get a turn stores
 * those queued as the next group. A gateway posting readings one by one over many connections thus
 * pays for one transaction, one commit and one round of alarm queries per group rather than per
 * reading, and a group waiting for its commit leaves the processors to the next one.
 *
 * <p>Each request still answers with its own resource's result, once that resource is committed; a
 * rejected resource does not affect the others of its group. A request alone waits for nobody.
 * Groups never mix senders, so each reading is stored in its sender's name and tenant.
 */
@ApplicationScoped
public class GroupedIngestion {

  @Inject MeasurementIngestion ingestion;

  @Inject
  @ConfigProperty(name = "irt.ingest.group-max", defaultValue = "100")
  int groupMax;

  @Inject
  @ConfigProperty(name = "irt.ingest.groups-in-flight", defaultValue = "1")
  int groupsInFlight;

  private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

  /** One sender's waiting requests, and how many of its requests are storing a group now. */
  private static final class Lane {
    final Deque<Pending> queue = new ArrayDeque<>();
    int storing;
  }

  /** A request's readings, and what it is told: its results, or that it stores the next group. */
  private record Pending(List<Reading> readings, CompletableFuture<Outcome> outcome) {

    Pending(List<Reading> readings) {
      this(readings, new CompletableFuture<>());
    }
  }

  private record Outcome(List<IngestResult> results, RuntimeException failure) {

    static final Outcome YOUR_TURN = new Outcome(List.of(), null);

    List<IngestResult> get() {
      if (failure != null) {
        throw failure;
      }
      return MeasurementIngestion.orRejected(results);
    }
  }

  /**
   * Stores and evaluates one resource's readings, all together or none of them, like {@link
   * MeasurementIngestion#ingest(List)}, possibly in a transaction shared with other requests of the
   * same sender.
   */
  public List<IngestResult> ingest(List<Reading> readings) {
    Actor sender = CallContext.requireActor();
    Lane lane = lanes.computeIfAbsent(sender.tenantCode() + "|" + sender.name(), k -> new Lane());
    Pending mine = new Pending(readings);
    List<Pending> group = null;
    synchronized (lane) {
      if (lane.storing < groupsInFlight) {
        lane.storing++;
        group = groupOf(mine, lane);
      } else {
        lane.queue.add(mine);
      }
    }
    if (group == null) {
      Outcome told = mine.outcome().join();
      if (told != Outcome.YOUR_TURN) {
        return told.get();
      }
      synchronized (lane) {
        group = groupOf(mine, lane);
      }
    }
    Map<Pending, Outcome> outcomes = new HashMap<>();
    try {
      store(group, outcomes);
    } finally {
      synchronized (lane) {
        Pending next = lane.queue.poll();
        if (next == null) {
          lane.storing--;
        } else {
          next.outcome().complete(Outcome.YOUR_TURN);
        }
      }
      for (Pending p : group) {
        if (p != mine) {
          p.outcome().complete(outcomes.computeIfAbsent(p, GroupedIngestion::unfinished));
        }
      }
    }
    return outcomes.get(mine).get();
  }

  /** What a request is told if its group ended in an error before its outcome was known. */
  private static Outcome unfinished(Pending p) {
    return new Outcome(null, new IllegalStateException("the group of this reading was not stored"));
  }

  /** {@code first} and the requests queued after it, as many as a group takes. */
  private List<Pending> groupOf(Pending first, Lane lane) {
    List<Pending> group = new ArrayList<>(List.of(first));
    while (!lane.queue.isEmpty() && group.size() < groupMax) {
      group.add(lane.queue.poll());
    }
    return group;
  }

  private void store(List<Pending> group, Map<Pending, Outcome> outcomes) {
    try {
      List<List<IngestResult>> results =
          ingestion.ingestEach(group.stream().map(Pending::readings).toList());
      for (int i = 0; i < group.size(); i++) {
        outcomes.put(group.get(i), new Outcome(results.get(i), null));
      }
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        outcomes.put(group.get(0), new Outcome(null, e));
        return;
      }
      // One resource broke the shared transaction (say, its identifier was stored meanwhile by a
      // concurrent group): each is stored on its own, so that it fails only itself.
      for (Pending p : group) {
        store(List.of(p), outcomes);
      }
    }
  }
}
