package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How concurrent requests of one sender share transactions: the storing itself is {@link
 * MeasurementIngestion}'s (tested end to end by FhirApiIT); here a stand-in records the groups it
 * is given, so the coordination can be checked alone.
 */
class GroupedIngestionTest {

  private static final Actor GATEWAY =
      new Actor("gw", "Gateway", "ASST-A", "ASST A", Set.of(Role.API_CLIENT), null, null);
  private static final Actor OTHER_GATEWAY =
      new Actor("gw", "Gateway", "ASST-B", "ASST B", Set.of(Role.API_CLIENT), null, null);

  /** Stores each group by {@code store}, slowly enough for the other requests to queue. */
  private static final class RecordingIngestion extends MeasurementIngestion {

    final List<List<String>> groups = new CopyOnWriteArrayList<>();
    final AtomicInteger storing = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final Function<List<List<Reading>>, List<List<IngestResult>>> store;

    RecordingIngestion(Function<List<List<Reading>>, List<List<IngestResult>>> store) {
      this.store = store;
    }

    @Override
    public List<List<IngestResult>> ingestEach(List<List<Reading>> resources) {
      groups.add(
          resources.stream()
              .map(r -> CallContext.requireActor().tenantCode() + ":" + value(r))
              .toList());
      mostAtOnce.accumulateAndGet(storing.incrementAndGet(), Math::max);
      sleep();
      storing.decrementAndGet();
      return store.apply(resources);
    }
  }

  private final ExecutorService requests = Executors.newFixedThreadPool(12);

  @AfterEach
  void stop() {
    requests.shutdownNow();
  }

  private static void sleep() {
    try {
      Thread.sleep(40);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String value(List<Reading> resource) {
    return resource.get(0).identifier().value();
  }

  private static List<Reading> reading(String identifier) {
    return List.of(
        new Reading(
            "Observation",
            1L,
            null,
            List.of("29463-7"),
            80,
            "kg",
            Instant.now(),
            new Measurement.Identifier("urn:test", identifier),
            null,
            null,
            Measurement.Status.FINAL,
            null,
            null,
            null,
            null));
  }

  /** Each resource created, with its identifier as id; "bad" ones rejected. */
  private static List<List<IngestResult>> storeAll(List<List<Reading>> resources) {
    return resources.stream()
        .map(
            r ->
                value(r).startsWith("bad")
                    ? List.of(
                        IngestResult.rejected(
                            List.of(new Problem("Observation.value", "k", value(r) + " is bad"))))
                    : List.of(IngestResult.created(Long.parseLong(value(r)))))
        .toList();
  }

  private static GroupedIngestion grouped(RecordingIngestion ingestion) {
    GroupedIngestion grouped = new GroupedIngestion();
    grouped.ingestion = ingestion;
    grouped.groupMax = 100;
    grouped.groupsInFlight = 2;
    return grouped;
  }

  /** Sends every identifier at the same moment, as {@code sender}; each request's answer. */
  private List<Future<List<IngestResult>>> sendTogether(
      GroupedIngestion grouped, List<String> identifiers, Function<Integer, Actor> sender) {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<IngestResult>>> answers = new ArrayList<>();
    for (int i = 0; i < identifiers.size(); i++) {
      String identifier = identifiers.get(i);
      Actor actor = sender.apply(i);
      answers.add(
          requests.submit(
              () -> {
                start.await();
                return CallContext.as(actor, () -> grouped.ingest(reading(identifier)));
              }));
    }
    start.countDown();
    return answers;
  }

  private static long id(Future<List<IngestResult>> answer) throws Exception {
    return answer.get(10, TimeUnit.SECONDS).get(0).id();
  }

  @Test
  void concurrentRequestsShareAFewTransactionsAndEachGetsItsOwnResult() throws Exception {
    RecordingIngestion ingestion = new RecordingIngestion(GroupedIngestionTest::storeAll);
    List<String> identifiers = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

    List<Future<List<IngestResult>>> answers =
        sendTogether(grouped(ingestion), identifiers, i -> GATEWAY);

    for (int i = 0; i < identifiers.size(); i++) {
      assertEquals(i + 1, id(answers.get(i)));
    }
    assertTrue(ingestion.groups.size() < identifiers.size(), "groups: " + ingestion.groups);
    assertEquals(2, ingestion.mostAtOnce.get(), "groups stored at once");
    assertEquals(
        identifiers.size(), ingestion.groups.stream().mapToInt(List::size).sum(), "each once");
  }

  @Test
  void aRejectedResourceFailsOnlyItsOwnRequest() throws Exception {
    RecordingIngestion ingestion = new RecordingIngestion(GroupedIngestionTest::storeAll);

    List<Future<List<IngestResult>>> answers =
        sendTogether(grouped(ingestion), List.of("1", "bad-2", "3", "4"), i -> GATEWAY);

    assertEquals(1, id(answers.get(0)));
    Exception refused = assertThrows(Exception.class, () -> id(answers.get(1)));
    InvalidInputException why = (InvalidInputException) refused.getCause();
    assertEquals("bad-2 is bad", why.problems().get(0).message());
    assertEquals(3, id(answers.get(2)));
    assertEquals(4, id(answers.get(3)));
  }

  @Test
  void aGroupThatFailsIsStoredAgainOneRequestAtATime() throws Exception {
    RecordingIngestion ingestion =
        new RecordingIngestion(
            resources -> {
              if (resources.size() > 1) {
                throw new IllegalStateException("duplicate key");
              }
              return storeAll(resources);
            });

    List<Future<List<IngestResult>>> answers =
        sendTogether(grouped(ingestion), List.of("1", "2", "3", "4", "5", "6"), i -> GATEWAY);

    for (int i = 0; i < 6; i++) {
      assertEquals(i + 1, id(answers.get(i)));
    }
  }

  @Test
  void groupsNeverMixTenants() throws Exception {
    RecordingIngestion ingestion = new RecordingIngestion(GroupedIngestionTest::storeAll);

    List<Future<List<IngestResult>>> answers =
        sendTogether(
            grouped(ingestion),
            List.of("1", "2", "3", "4", "5", "6", "7", "8"),
            i -> i % 2 == 0 ? GATEWAY : OTHER_GATEWAY);

    for (Future<List<IngestResult>> answer : answers) {
      answer.get(10, TimeUnit.SECONDS);
    }
    for (List<String> group : ingestion.groups) {
      String tenant = group.get(0).substring(0, group.get(0).indexOf(':'));
      assertTrue(group.stream().allMatch(r -> r.startsWith(tenant + ":")), "group " + group);
      for (String r : group) {
        int sent = Integer.parseInt(r.substring(r.indexOf(':') + 1)) - 1;
        assertEquals(sent % 2 == 0 ? "ASST-A" : "ASST-B", tenant, "reading " + r);
      }
    }
  }
}
