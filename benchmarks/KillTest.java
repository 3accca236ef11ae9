import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of {@code benchmarks/kill-test}: does every reading answered 201 survive a
 * {@code kill -9} of the server? Reuses {@link IngestBenchmark}'s patients and readings.
 *
 * <ul>
 *   <li>{@code load <baseUrl> <dir>}: creates the monitored patients ({@code bench.patients}, 40),
 *       writes {@code <dir>/loading}, then posts single Observations ({@code bench.threads}, 8) and
 *       batch Bundles of {@code bench.batchSize} ({@code bench.batchThreads}, 2) until the server
 *       stops answering, and appends the id of every Observation answered 201 to {@code
 *       <dir>/acknowledged.txt} (a request that got no answer is not acknowledged);
 *   <li>{@code check <baseUrl> <dir>}: after the restart, reads every acknowledged id back ({@code
 *       GET /fhir/{tenant}/Observation/{id}}) and prints acknowledged, stored and lost; then times
 *       the valid-readings search of a few patients ({@code GET Observation?patient=…}), the query
 *       behind the patient's page and charts.
 * </ul>
 */
public class KillTest {

  static final Pattern CREATED = Pattern.compile("Observation/(\\d+)");
  static final int LIMIT_SECONDS = Integer.getInteger("kill.limitSeconds", 900);
  static final int TIMED_PATIENTS = Integer.getInteger("kill.timedPatients", 5);

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !List.of("load", "check").contains(args[0])) {
      System.err.println("usage: KillTest load|check <baseUrl> <dir>");
      System.exit(2);
    }
    IngestBenchmark.connect(args[1]);
    Path dir = Path.of(args[2]);
    if (args[0].equals("load")) {
      load(dir);
    } else {
      check(dir);
    }
  }

  static void load(Path dir) throws Exception {
    IngestBenchmark.expect(200, IngestBenchmark.get("/api/me", IngestBenchmark.MMG));
    List<Long> patients = IngestBenchmark.createPatients(IngestBenchmark.PATIENTS, "load");
    Files.write(dir.resolve("patients.txt"), patients.stream().map(String::valueOf).toList());
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("acknowledged.txt")))) {
      Runnable single =
          () -> {
            String body = IngestBenchmark.randomObservation(patients);
            IngestBenchmark.Posted r = post("/fhir/" + IngestBenchmark.TENANT + "/Observation", body);
            if (r.statusCode() == 201) {
              acknowledge(out, acknowledged, List.of(r.location()));
            } else {
              refused.incrementAndGet();
            }
          };
      Runnable batch =
          () -> {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < IngestBenchmark.BATCH_SIZE; i++) {
              entries.add(IngestBenchmark.randomObservation(patients));
            }
            IngestBenchmark.Posted r =
                post("/fhir/" + IngestBenchmark.TENANT, IngestBenchmark.bundle(entries));
            if (r.statusCode() / 100 != 2) {
              refused.addAndGet(entries.size());
              return;
            }
            List<String> created = new ArrayList<>();
            // One "response" per entry: its status, then its location.
            for (String entry : r.body().split("\"response\"")) {
              if (entry.matches("(?s)\\s*:\\s*\\{\\s*\"status\"\\s*:\\s*\"201.*")) {
                created.add(entry);
              } else if (entry.contains("\"status\"")) {
                refused.incrementAndGet();
              }
            }
            acknowledge(out, acknowledged, created);
          };
      ExecutorService pool =
          Executors.newCachedThreadPool(IngestBenchmark.daemon("kill-test"));
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < IngestBenchmark.THREADS; i++) {
        workers.add(pool.submit(() -> untilTheServerStops(single, stopAt)));
      }
      for (int i = 0; i < Integer.getInteger("bench.batchThreads", 2); i++) {
        workers.add(pool.submit(() -> untilTheServerStops(batch, stopAt)));
      }
      Files.writeString(dir.resolve("loading"), "");
      IngestBenchmark.log("posting until the server stops answering");
      for (Future<?> w : workers) {
        w.get();
      }
      pool.shutdown();
    }
    IngestBenchmark.log(
        "load: %d readings acknowledged (201), %d refused", acknowledged.get(), refused.get());
  }

  /** Posts until a request gets no answer (the server was killed) or the time limit. */
  static void untilTheServerStops(Runnable post, long stopAt) {
    try {
      while (System.nanoTime() < stopAt) {
        post.run();
      }
    } catch (NoAnswer e) {
      IngestBenchmark.log("  %s: no answer (%s)", Thread.currentThread().getName(), e.getMessage());
    }
  }

  static IngestBenchmark.Posted post(String path, String body) {
    try {
      return IngestBenchmark.postFhir(path, body);
    } catch (IOException e) {
      throw new NoAnswer(e);
    }
  }

  static final class NoAnswer extends RuntimeException {
    NoAnswer(IOException e) {
      super(e.toString(), e);
    }
  }

  static void acknowledge(PrintWriter out, AtomicLong acknowledged, List<String> locations) {
    StringBuilder ids = new StringBuilder();
    for (String location : locations) {
      Matcher m = CREATED.matcher(location == null ? "" : location);
      if (!m.find()) {
        throw new IllegalStateException("a 201 without an Observation location: " + location);
      }
      ids.append(m.group(1)).append('\n');
    }
    synchronized (out) {
      out.print(ids);
      out.flush();
    }
    acknowledged.addAndGet(locations.size());
  }

  static void check(Path dir) throws Exception {
    List<Long> ids =
        Files.readAllLines(dir.resolve("acknowledged.txt")).stream()
            .filter(l -> !l.isBlank())
            .map(Long::valueOf)
            .toList();
    AtomicLong stored = new AtomicLong();
    AtomicLong missing = new AtomicLong();
    List<Long> lost = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8, IngestBenchmark.daemon("check"));
    List<Future<?>> reads = new ArrayList<>();
    for (long id : ids) {
      reads.add(
          pool.submit(
              () -> {
                HttpResponse<String> r =
                    IngestBenchmark.get(
                        "/fhir/" + IngestBenchmark.TENANT + "/Observation/" + id,
                        IngestBenchmark.MMG);
                if (r.statusCode() == 200) {
                  stored.incrementAndGet();
                } else if (r.statusCode() == 404) {
                  missing.incrementAndGet();
                  lost.add(id);
                } else {
                  throw new IllegalStateException("Observation/" + id + ": HTTP " + r.statusCode());
                }
                return null;
              }));
    }
    for (Future<?> read : reads) {
      read.get();
    }
    pool.shutdown();
    IngestBenchmark.log(
        "check: %d acknowledged, %d stored, %d lost%s",
        ids.size(),
        stored.get(),
        missing.get(),
        lost.isEmpty() ? "" : " (e.g. " + lost.subList(0, Math.min(5, lost.size())) + ")");

    List<Long> patients =
        Files.readAllLines(dir.resolve("patients.txt")).stream().map(Long::valueOf).toList();
    double[] millis = new double[Math.min(TIMED_PATIENTS, patients.size())];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      try {
        IngestBenchmark.expect(
            200,
            IngestBenchmark.get(
                "/fhir/"
                    + IngestBenchmark.TENANT
                    + "/Observation?patient=Patient/"
                    + patients.get(i)
                    + "&code="
                    + IngestBenchmark.SPO2,
                IngestBenchmark.MMG));
      } catch (java.net.http.HttpTimeoutException e) {
        IngestBenchmark.log("  search of patient %d: no answer within 60 s", patients.get(i));
      }
      millis[i] = (System.nanoTime() - start) / 1e6;
      IngestBenchmark.log("  search of patient %d: %.0f ms", patients.get(i), millis[i]);
    }
    Arrays.sort(millis);
    System.out.printf(
        "| acknowledged (201) | stored after the restart | lost | valid-readings search per patient"
            + " after the restart: median / max |%n|---|---|---|---|%n| %d | %d | %d | %.0f / %.0f ms |%n",
        ids.size(),
        stored.get(),
        missing.get(),
        millis[millis.length / 2],
        millis[millis.length - 1]);
    System.exit(missing.get() == 0 ? 0 : 1);
  }
}
