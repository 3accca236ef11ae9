import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingestion benchmark of IRT's FHIR API: single Observations, batch Bundles, and the latency from
 * an alarming reading to the alarm in the nurse's inbox under a background load.
 *
 * <p>Run: {@code java benchmarks/IngestBenchmark.java <baseUrl> [database label]}. JDK only.
 *
 * <p>Settings (system properties, defaults for a 2-core machine shared with the server):
 *
 * <ul>
 *   <li>{@code bench.patients} (40) monitored patients the load is spread over
 *   <li>{@code bench.probes} (100) alarm-latency probes, one fresh patient each
 *   <li>{@code bench.setupThreads} (4) threads creating the patients
 *   <li>{@code bench.threads} (8) threads posting single Observations
 *   <li>{@code bench.batchThreads} (4) threads posting batch Bundles
 *   <li>{@code bench.batchSize} (100) entries per batch Bundle
 *   <li>{@code bench.warmup} (30) seconds of warm-up before each measured throughput phase (the
 *       server's JIT compilers took about a third of its CPU for the first half minute)
 *   <li>{@code bench.seconds} (20) measured seconds of each throughput phase
 *   <li>{@code bench.bgRate} (200) background observations per second in the latency phase
 *   <li>{@code bench.bgBatch} (20) observations per background batch
 *   <li>{@code bench.bgInFlight} (4) background batches in flight at most (ticks beyond are skipped)
 *   <li>{@code bench.pollMs} (20) inbox polling interval
 *   <li>{@code bench.probeGapMs} (100) pause between two probes
 *   <li>{@code bench.probeTimeout} (30) seconds a probe waits for its alarm
 * </ul>
 */
public class IngestBenchmark {

  static final String TENANT = "ASST-NIGUARDA";
  static final String DEMO_PASSWORD = "Demo.IRT.2026";
  static final String SPO2 = "59408-5";
  static final String WEIGHT = "29463-7";
  static final String IDENTIFIER_SYSTEM = "urn:irt:benchmark";
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  static final int PATIENTS = Integer.getInteger("bench.patients", 40);
  static final int PROBES = Integer.getInteger("bench.probes", 100);
  static final int SETUP_THREADS = Integer.getInteger("bench.setupThreads", 4);
  static final int THREADS = Integer.getInteger("bench.threads", 8);
  static final int BATCH_THREADS = Integer.getInteger("bench.batchThreads", 4);
  static final int BATCH_SIZE = Integer.getInteger("bench.batchSize", 100);
  static final int WARMUP = Integer.getInteger("bench.warmup", 30);
  static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  static final int BG_RATE = Integer.getInteger("bench.bgRate", 200);
  static final int BG_BATCH = Integer.getInteger("bench.bgBatch", 20);
  static final int BG_IN_FLIGHT = Integer.getInteger("bench.bgInFlight", 4);
  static final int POLL_MS = Integer.getInteger("bench.pollMs", 20);
  static final int PROBE_GAP_MS = Integer.getInteger("bench.probeGapMs", 100);
  static final int PROBE_TIMEOUT = Integer.getInteger("bench.probeTimeout", 30);

  static final String PROTOCOL_TO_THE_NURSE =
      """
      [{"level": "ATTENTION", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:ADI"},
       {"level": "ALARM", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:COT"},
       {"level": "CRITICAL", "recipient": "niguarda.infermiere", "from": "00:00:00",
        "to": "00:00:00", "acknowledgeWithinMinutes": 240, "fallback": "centre:COT"}]""";
  static final String TEAM_WITH_NURSE =
      """
      [{"username": "niguarda.mmg", "teamRole": "MMG referente"},
       {"username": "niguarda.cardiologo", "teamRole": "cardiologo"},
       {"username": "niguarda.infermiere", "teamRole": "infermiere"}]""";
  static final String HF_FACTS =
      """
      {"hf-diagnosis": "HFrEF", "nyha-class": "II", "months-since-hf-event": "3",
       "age-years": "72", "telemonitoring-consent": "yes", "end-of-life-care": "no",
       "severe-cognitive-impairment-without-caregiver": "no", "chronic-dialysis": "no"}""";

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  static final Pattern PATIENT_ID = Pattern.compile("\"patientId\"\\s*:\\s*(\\d+)");
  static final Pattern CREATED_ENTRY = Pattern.compile("\"status\"\\s*:\\s*\"201");
  static final Pattern ENTRY_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\d{3})[^\"]*\"");

  static String base;
  static HttpClient http;
  static final String MMG = basic("niguarda.mmg", DEMO_PASSWORD);
  static final String NURSE = basic("niguarda.infermiere", DEMO_PASSWORD);
  static final String GATEWAY = basic("niguarda-gateway", "niguarda-gateway-demo-secret");

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java benchmarks/IngestBenchmark.java <baseUrl> [database label]");
      System.exit(2);
    }
    connect(args[0]);
    String database = args.length > 1 ? args[1] : "unknown";

    log("IRT ingestion benchmark against %s (database: %s)", base, database);
    log(
        "settings: patients=%d probes=%d threads=%d batchThreads=%d batchSize=%d warmup=%ds"
            + " seconds=%ds bgRate=%d/s bgBatch=%d pollMs=%d",
        PATIENTS, PROBES, THREADS, BATCH_THREADS, BATCH_SIZE, WARMUP, SECONDS, BG_RATE, BG_BATCH,
        POLL_MS);

    // One request per credential before going concurrent (see AUTH_RETRIES).
    expect(200, get("/api/me", MMG));
    expect(200, get("/api/me", NURSE));
    long setupStart = System.nanoTime();
    List<Long> patients = createPatients(PATIENTS, "load");
    List<Long> probes = createPatients(PROBES, "probe");
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    log(
        "set-up: %d + %d monitored patients in %.1f s (%.2f patients/s)",
        patients.size(), probes.size(), setupSeconds, (patients.size() + probes.size()) / setupSeconds);

    Throughput single = singlePhase(patients);
    Throughput batch = batchPhase(patients);
    Latency latency = latencyPhase(patients, probes);

    printReport(database, patients.size(), probes.size(), setupSeconds, single, batch, latency);
    boolean failed = single.accepted() == 0 || batch.accepted() == 0 || latency.samples().isEmpty();
    System.exit(failed ? 1 : 0);
  }

  /** The server to talk to, and the clients for it. */
  static void connect(String baseUrl) {
    base = baseUrl.replaceAll("/+$", "");
    // HttpURLConnection keeps 5 idle connections per host by default: one per posting thread here.
    System.setProperty("http.maxConnections", Integer.toString(Math.max(THREADS, 16)));
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up: monitored heart-failure patients, as CarePathways.monitoredPatient does in the ITs.

  static List<Long> createPatients(int count, String what) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, SETUP_THREADS), daemon("setup"));
    List<Future<Long>> futures = new ArrayList<>();
    if (count > 0) {
      // The first patient alone: the first consents of an ASST create its default consent texts,
      // and concurrent first consents collide on their unique version (HTTP 500).
      futures.add(CompletableFuture.completedFuture(monitoredPatient()));
    }
    for (int i = futures.size(); i < count; i++) {
      futures.add(pool.submit(IngestBenchmark::monitoredPatient));
    }
    List<Long> ids = new ArrayList<>();
    long last = System.nanoTime();
    for (Future<Long> f : futures) {
      ids.add(f.get());
      if (System.nanoTime() - last > 5_000_000_000L) {
        log("  %s patients: %d/%d", what, ids.size(), count);
        last = System.nanoTime();
      }
    }
    pool.shutdown();
    return ids;
  }

  static long monitoredPatient() throws Exception {
    return enrolledPatient("TELEMONITORING_LEVEL_1");
  }

  /** A heart-failure patient active for {@code service}: suitable, consents, approved PAI. */
  static long enrolledPatient(String service) throws Exception {
    String services = "[\"" + service + "\"]";
    long patient =
        id(
            expect(
                201,
                post(
                    "/api/patients",
                    MMG,
                    """
                    {"codiceFiscale": "%s", "givenName": "Luigia", "familyName": "Benchmark",
                     "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano"}"""
                        .formatted(CodiciFiscali.newUnique()))));
    long enrolment =
        id(
            expect(
                201,
                post(
                    "/api/enrolments?patient=" + patient,
                    MMG,
                    """
                    {"networkId": "cardiology", "conditionId": "heart-failure", "services": %s,
                     "origin": "HOME", "facts": %s}"""
                        .formatted(services, HF_FACTS))));
    expect(
        200,
        post(
            "/api/enrolments/" + enrolment + "/suitability",
            MMG,
            """
            {"service": "%s", "clinical": true, "appropriate": true,
             "safe": true, "technology": true, "digitalSkills": "WITH_CAREGIVER",
             "socialContext": true, "homeSuitable": true, "reevaluateOn": "%s"}"""
                .formatted(service, LocalDate.now().plusMonths(6))));
    for (String kind : List.of("CARE_PATHWAY", "TELEMEDICINE")) {
      expect(
          201,
          post(
              "/api/enrolments/" + enrolment + "/consents",
              MMG,
              "{\"kind\": \"%s\", \"method\": \"DIGITAL\", \"language\": \"it\"}".formatted(kind)));
    }
    long plan =
        id(
            expect(
                201,
                post(
                    "/api/plans",
                    MMG,
                    "{\"enrolmentId\": %d, \"kind\": \"PAI\"}".formatted(enrolment))));
    expect(
        200,
        put(
            "/api/plans/" + plan,
            MMG,
            """
            {"objectives": "Stabilità del peso e dei sintomi", "timings": "misure ogni mattina",
             "services": %s, "reviewDate": "%s", "team": %s, "thresholds": [],
             "alarmProtocol": %s}"""
                .formatted(
                    services, LocalDate.now().plusMonths(3), TEAM_WITH_NURSE, PROTOCOL_TO_THE_NURSE)));
    expect(200, post("/api/plans/" + plan + "/approval", MMG, "{}"));
    expect(200, post("/api/enrolments/" + enrolment + "/activation", MMG, "{}"));
    return patient;
  }

  // ---------------------------------------------------------------------------------------------
  // Phase 1 and 2: throughput.

  record Throughput(
      String name,
      int threads,
      double seconds,
      long accepted,
      long requests,
      long notCreated,
      long failedRequests,
      long failedEntries,
      String firstError,
      long[] latenciesMicros) {
    double rate() {
      return accepted / seconds;
    }
  }

  /** Counters shared by the threads of one phase. */
  static final class Counters {
    final AtomicLong accepted = new AtomicLong(); // observations answered 201
    final AtomicLong requests = new AtomicLong(); // HTTP requests completed
    final AtomicLong notCreated = new AtomicLong(); // answered 200 (a re-sent identifier)
    final AtomicLong failedRequests = new AtomicLong(); // non-2xx answers and exceptions
    final AtomicLong failedEntries = new AtomicLong(); // batch entries refused in a 2xx answer
    final AtomicReference<String> firstError = new AtomicReference<>();
    final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    volatile boolean measuring;

    void error(String what) {
      failedRequests.incrementAndGet();
      firstError(what);
    }

    void firstError(String what) {
      if (firstError.compareAndSet(null, what)) {
        log("  first error: %s", abbreviate(what, 2000));
      }
    }
  }

  interface Step {
    void run(Counters c) throws Exception;
  }

  static Throughput measure(String name, int threads, Step step) throws Exception {
    log("phase %s: %d threads, %d s warm-up, %d s measured", name, threads, WARMUP, SECONDS);
    Counters c = new Counters();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon(name));
    long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP + SECONDS);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < stopAt) {
                  try {
                    step.run(c);
                  } catch (Exception e) {
                    c.error(e.toString());
                  }
                }
                return null;
              }));
    }
    Thread.sleep(TimeUnit.SECONDS.toMillis(WARMUP));
    long a0 = c.accepted.get(), r0 = c.requests.get(), n0 = c.notCreated.get();
    long e0 = c.failedRequests.get(), f0 = c.failedEntries.get();
    long t0 = System.nanoTime();
    c.measuring = true;
    Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
    long a1 = c.accepted.get(), r1 = c.requests.get(), n1 = c.notCreated.get();
    long e1 = c.failedRequests.get(), f1 = c.failedEntries.get();
    double elapsed = (System.nanoTime() - t0) / 1e9;
    c.measuring = false;
    for (Future<?> w : workers) {
      w.get();
    }
    pool.shutdown();
    long[] lat = c.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    Throughput t =
        new Throughput(
            name,
            threads,
            elapsed,
            a1 - a0,
            r1 - r0,
            n1 - n0,
            e1 - e0,
            f1 - f0,
            c.firstError.get(),
            lat);
    log(
        "  %s: %d observations accepted in %.1f s = %.1f obs/s (%d requests, %d failed requests,"
            + " %d failed entries, %d not created)",
        name,
        t.accepted(),
        elapsed,
        t.rate(),
        t.requests(),
        t.failedRequests(),
        t.failedEntries(),
        t.notCreated());
    return t;
  }

  static Throughput singlePhase(List<Long> patients) throws Exception {
    return measure(
        "single",
        THREADS,
        c -> {
          String body = randomObservation(patients);
          long start = System.nanoTime();
          Posted r = postFhir("/fhir/" + TENANT + "/Observation", body);
          long micros = (System.nanoTime() - start) / 1000;
          c.requests.incrementAndGet();
          if (r.statusCode() == 201) {
            c.accepted.incrementAndGet();
            if (c.measuring) {
              c.latencies.add(micros);
            }
          } else if (r.statusCode() / 100 == 2) {
            c.notCreated.incrementAndGet();
          } else {
            c.error("HTTP " + r.statusCode() + ": " + r.body());
          }
        });
  }

  static Throughput batchPhase(List<Long> patients) throws Exception {
    return measure(
        "batch",
        BATCH_THREADS,
        c -> {
          List<String> entries = new ArrayList<>(BATCH_SIZE);
          for (int i = 0; i < BATCH_SIZE; i++) {
            entries.add(randomObservation(patients));
          }
          long start = System.nanoTime();
          Posted r = postFhir("/fhir/" + TENANT, bundle(entries));
          long micros = (System.nanoTime() - start) / 1000;
          c.requests.incrementAndGet();
          if (r.statusCode() / 100 != 2) {
            c.error("HTTP " + r.statusCode() + ": " + r.body());
            return;
          }
          int created = 0, other = 0;
          String firstFailed = null;
          Matcher m = ENTRY_STATUS.matcher(r.body());
          while (m.find()) {
            String status = m.group(1);
            if (status.equals("201")) {
              created++;
            } else if (status.startsWith("2")) {
              other++;
            } else if (firstFailed == null) {
              firstFailed = status;
            }
          }
          c.accepted.addAndGet(created);
          c.notCreated.addAndGet(other);
          int failed = BATCH_SIZE - created - other;
          if (failed > 0) {
            c.failedEntries.addAndGet(failed);
            c.firstError(
                "batch of "
                    + BATCH_SIZE
                    + ": "
                    + failed
                    + " entries not accepted (first status "
                    + firstFailed
                    + "): "
                    + r.body());
          }
          if (c.measuring) {
            c.latencies.add(micros);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Phase 3: alarm latency under a background load.

  record Latency(
      List<Double> samples,
      int timeouts,
      long probeErrors,
      String firstProbeError,
      double backgroundTarget,
      double backgroundAchieved,
      long backgroundErrors,
      long backgroundSkipped,
      String firstBackgroundError,
      double seconds,
      long polls) {}

  static Latency latencyPhase(List<Long> patients, List<Long> probes) throws Exception {
    int batchesPerSecond = Math.max(1, BG_RATE / Math.max(1, BG_BATCH));
    long periodMicros = 1_000_000L / batchesPerSecond;
    double target = (double) batchesPerSecond * BG_BATCH;
    log(
        "phase latency: background %d obs/s (batches of %d every %d ms), %d probes, polling every"
            + " %d ms",
        (int) target, BG_BATCH, periodMicros / 1000, probes.size(), POLL_MS);

    AtomicLong bgAccepted = new AtomicLong();
    AtomicLong bgErrors = new AtomicLong();
    AtomicLong bgSkipped = new AtomicLong();
    AtomicReference<String> bgFirstError = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(BG_IN_FLIGHT);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("ticker"));
    Runnable tick =
        () -> {
          if (!inFlight.tryAcquire()) {
            bgSkipped.incrementAndGet();
            return;
          }
          List<String> entries = new ArrayList<>(BG_BATCH);
          for (int i = 0; i < BG_BATCH; i++) {
            long p = patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
            double spo2 = 95 + ThreadLocalRandom.current().nextInt(5); // 95..99: no threshold
            entries.add(observation(p, SPO2, spo2, "%"));
          }
          CompletableFuture<HttpResponse<String>> f =
              http.sendAsync(
                  fhirRequest("/fhir/" + TENANT, bundle(entries)),
                  HttpResponse.BodyHandlers.ofString());
          f.whenComplete(
              (r, e) -> {
                inFlight.release();
                if (e != null) {
                  bgErrors.incrementAndGet();
                  bgFirstError.compareAndSet(null, e.toString());
                  return;
                }
                if (r.statusCode() / 100 != 2) {
                  bgErrors.incrementAndGet();
                  bgFirstError.compareAndSet(null, "HTTP " + r.statusCode() + ": " + r.body());
                  return;
                }
                Matcher m = CREATED_ENTRY.matcher(r.body());
                int created = 0;
                while (m.find()) {
                  created++;
                }
                bgAccepted.addAndGet(created);
                if (created < BG_BATCH) {
                  bgErrors.addAndGet(BG_BATCH - created);
                  bgFirstError.compareAndSet(null, "batch entries not created: " + r.body());
                }
              });
        };
    ticker.scheduleAtFixedRate(tick, 0, periodMicros, TimeUnit.MICROSECONDS);
    Thread.sleep(2000); // let the background load settle before probing
    long a0 = bgAccepted.get();
    long t0 = System.nanoTime();

    List<Double> samples = new ArrayList<>();
    int timeouts = 0;
    long probeErrors = 0;
    long polls = 0;
    String firstProbeError = null;
    for (int i = 0; i < probes.size(); i++) {
      long patient = probes.get(i);
      Posted posted;
      try {
        posted = postFhir("/fhir/" + TENANT + "/Observation", observation(patient, SPO2, 84, "%"));
      } catch (Exception e) {
        probeErrors++;
        firstProbeError = firstProbeError == null ? e.toString() : firstProbeError;
        continue;
      }
      long answered = System.nanoTime();
      if (posted.statusCode() != 201) {
        probeErrors++;
        if (firstProbeError == null) {
          firstProbeError = "HTTP " + posted.statusCode() + ": " + posted.body();
          log("  first probe error: %s", abbreviate(firstProbeError, 2000));
        }
        continue;
      }
      long deadline = answered + TimeUnit.SECONDS.toNanos(PROBE_TIMEOUT);
      boolean seen = false;
      while (System.nanoTime() < deadline) {
        long pollStart = System.nanoTime();
        HttpResponse<String> inbox;
        try {
          inbox = get("/api/alarms", NURSE);
        } catch (Exception e) {
          probeErrors++;
          firstProbeError = firstProbeError == null ? e.toString() : firstProbeError;
          break;
        }
        polls++;
        if (inbox.statusCode() != 200) {
          probeErrors++;
          if (firstProbeError == null) {
            firstProbeError = "inbox HTTP " + inbox.statusCode() + ": " + inbox.body();
            log("  first probe error: %s", abbreviate(firstProbeError, 2000));
          }
          break;
        }
        if (mentions(inbox.body(), patient)) {
          samples.add((System.nanoTime() - answered) / 1e6);
          seen = true;
          break;
        }
        long sleep = POLL_MS - (System.nanoTime() - pollStart) / 1_000_000;
        if (sleep > 0) {
          Thread.sleep(sleep);
        }
      }
      if (!seen && System.nanoTime() >= deadline) {
        timeouts++;
      }
      if ((i + 1) % 20 == 0) {
        log("  probes: %d/%d", i + 1, probes.size());
      }
      Thread.sleep(PROBE_GAP_MS);
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long a1 = bgAccepted.get();
    ticker.shutdownNow();
    ticker.awaitTermination(5, TimeUnit.SECONDS);
    // wait for the last background batches to be answered
    inFlight.tryAcquire(BG_IN_FLIGHT, 30, TimeUnit.SECONDS);
    Latency l =
        new Latency(
            samples,
            timeouts,
            probeErrors,
            firstProbeError,
            target,
            (a1 - a0) / elapsed,
            bgErrors.get(),
            bgSkipped.get(),
            bgFirstError.get(),
            elapsed,
            polls);
    if (l.firstBackgroundError() != null) {
      log("  first background error: %s", abbreviate(l.firstBackgroundError(), 2000));
    }
    double[] s = sorted(samples);
    log(
        "  latency: %d samples, p50 %.1f ms, p99 %.1f ms, max %.1f ms; background %.1f obs/s",
        s.length, percentile(s, 50), percentile(s, 99), s.length == 0 ? Double.NaN : s[s.length - 1],
        l.backgroundAchieved());
    return l;
  }

  static boolean mentions(String inbox, long patient) {
    Matcher m = PATIENT_ID.matcher(inbox);
    while (m.find()) {
      if (Long.parseLong(m.group(1)) == patient) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // FHIR resources, built by string formatting.

  static final AtomicLong SEQUENCE = new AtomicLong();

  static String randomObservation(List<Long> patients) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long patient = patients.get(random.nextInt(patients.size()));
    if (random.nextBoolean()) {
      return observation(patient, SPO2, 85 + random.nextInt(15), "%"); // 85..99
    }
    return observation(patient, WEIGHT, Math.round((70 + random.nextDouble() * 20) * 10) / 10.0, "kg");
  }

  static String observation(long patient, String loinc, double value, String unit) {
    return observation(patient, loinc, value, unit, Instant.now());
  }

  static String observation(long patient, String loinc, double value, String unit, Instant at) {
    String identifier = RUN + "-" + SEQUENCE.incrementAndGet();
    String effective = at.truncatedTo(ChronoUnit.MILLIS).toString();
    return """
        {"resourceType":"Observation","identifier":[{"system":"%s","value":"%s"}],\
        "status":"final","category":[{"coding":[{"system":\
        "http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],\
        "code":{"coding":[{"system":"http://loinc.org","code":"%s"}%s]},\
        "subject":{"reference":"Patient/%d"},"effectiveDateTime":"%s",\
        "valueQuantity":{"value":%s,"unit":"%s","system":"http://unitsofmeasure.org","code":"%s"}}"""
        .formatted(
            IDENTIFIER_SYSTEM,
            identifier,
            loinc,
            // The HL7 R4 oxygen-saturation profile requires 2708-6 beside the pulse-oximetry code.
            loinc.equals(SPO2) ? ",{\"system\":\"http://loinc.org\",\"code\":\"2708-6\"}" : "",
            patient,
            effective,
            number(value),
            unit,
            unit);
  }

  static String bundle(List<String> observations) {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
    for (int i = 0; i < observations.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"resource\":")
          .append(observations.get(i))
          .append(",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}");
    }
    return b.append("]}").toString();
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP.

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpRequest.Builder request(String path, String authorization) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization);
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Answers of HTML 500s to a person's HTTP Basic request that were retried. When IRT's credential
   * cache (60 s) has no entry for a user, concurrent requests of that user each verify the password
   * and record a successful login on the same account row: all but one fail with an optimistic-lock
   * error in the authentication mechanism, before the resource runs, answered as the HTML error
   * page (the REST API's own errors are JSON). Such an answer is safe to retry.
   */
  static final AtomicLong AUTH_RETRIES = new AtomicLong();

  static HttpResponse<String> sendAsPerson(HttpRequest request) throws Exception {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> r = send(request);
      boolean html =
          r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("html");
      if (r.statusCode() != 500 || !html || attempt == 5) {
        return r;
      }
      AUTH_RETRIES.incrementAndGet();
      Thread.sleep(50L * attempt);
    }
  }

  static HttpResponse<String> get(String path, String authorization) throws Exception {
    return sendAsPerson(
        request(path, authorization).header("Accept", "application/json").GET().build());
  }

  static HttpResponse<String> post(String path, String authorization, String json)
      throws Exception {
    return send("POST", path, authorization, json);
  }

  static HttpResponse<String> put(String path, String authorization, String json)
      throws Exception {
    return send("PUT", path, authorization, json);
  }

  private static HttpResponse<String> send(
      String method, String path, String authorization, String json) throws Exception {
    return sendAsPerson(
        request(path, authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static HttpRequest fhirRequest(String path, String json) {
    return request(path, GATEWAY)
        .header("Accept", "application/fhir+json")
        .header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /** A FHIR POST's status, body and Location header (a create's answer has no body). */
  record Posted(int statusCode, String body, String location) {}

  /**
   * POSTs to the FHIR API over a kept-alive {@link HttpURLConnection}: a blocking client that
   * costs a fraction of the CPU of {@link HttpClient}, which matters since the client shares the
   * server's two cores (it measured about 1.2 ms of CPU per request with {@code HttpClient}).
   */
  static Posted postFhir(String path, String json) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(60_000);
    c.setRequestProperty("Authorization", GATEWAY);
    c.setRequestProperty("Accept", "application/fhir+json");
    c.setRequestProperty("Content-Type", "application/fhir+json");
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    c.setFixedLengthStreamingMode(body.length);
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    int status = c.getResponseCode();
    // Read to the end and close (never disconnect), so the connection is kept for the next POST.
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      return new Posted(
          status,
          in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
          c.getHeaderField("Location"));
    }
  }

  static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(
          r.request().method()
              + " "
              + r.request().uri()
              + " answered "
              + r.statusCode()
              + " (expected "
              + status
              + "): "
              + abbreviate(r.body(), 2000));
    }
    return r;
  }

  static long id(HttpResponse<String> r) {
    Matcher m = ID.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no id in " + abbreviate(r.body(), 500));
    }
    return Long.parseLong(m.group(1));
  }

  // ---------------------------------------------------------------------------------------------
  // Report.

  static void printReport(
      String database,
      int patients,
      int probes,
      double setupSeconds,
      Throughput single,
      Throughput batch,
      Latency latency) {
    double[] s = sorted(latency.samples());
    StringBuilder out = new StringBuilder();
    out.append("\n## IRT ingestion benchmark — ")
        .append(database)
        .append(" — ")
        .append(ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append("\n\n");
    out.append("| phase | setting | result |\n|---|---|---|\n");
    out.append(
        row(
            "set-up",
            "%d load + %d probe patients, %d threads".formatted(patients, probes, SETUP_THREADS),
            "%.1f s (%.2f patients/s)"
                .formatted(setupSeconds, (patients + probes) / setupSeconds)));
    out.append(throughputRow("1 single", single, "1 Observation per POST"));
    out.append(throughputRow("2 batch", batch, "Bundle batch of " + BATCH_SIZE));
    out.append(
        row(
            "3 alarm latency",
            "%d probes (SpO2 84 %%), inbox polled every %d ms".formatted(probes, POLL_MS),
            "p50 **%.1f ms**, p99 **%.1f ms**, max **%.1f ms** (%d samples, %d timeouts, %d errors)"
                .formatted(
                    percentile(s, 50),
                    percentile(s, 99),
                    s.length == 0 ? Double.NaN : s[s.length - 1],
                    s.length,
                    latency.timeouts(),
                    latency.probeErrors())));
    out.append(
        row(
            "3 background load",
            "target %.0f obs/s (batches of %d, ≤ %d in flight)"
                .formatted(latency.backgroundTarget(), BG_BATCH, BG_IN_FLIGHT),
            "achieved **%.1f obs/s** over %.1f s (%d errors, %d ticks skipped)"
                .formatted(
                    latency.backgroundAchieved(),
                    latency.seconds(),
                    latency.backgroundErrors(),
                    latency.backgroundSkipped())));
    out.append(machine(database));
    if (AUTH_RETRIES.get() > 0) {
      out.append(
          row(
              "note",
              AUTH_RETRIES.get()
                  + " HTML 500s (concurrent logins of one user: optimistic lock on its account)"
                  + " retried during set-up/polling"));
    }
    List<String> errors = new ArrayList<>();
    for (Throughput t : List.of(single, batch)) {
      if (t.firstError() != null) {
        errors.add("- " + t.name() + ": " + abbreviate(oneLine(t.firstError()), 500));
      }
    }
    if (latency.firstProbeError() != null) {
      errors.add("- probe: " + abbreviate(oneLine(latency.firstProbeError()), 500));
    }
    if (latency.firstBackgroundError() != null) {
      errors.add("- background: " + abbreviate(oneLine(latency.firstBackgroundError()), 500));
    }
    if (!errors.isEmpty()) {
      out.append("\nFirst errors:\n\n").append(String.join("\n", errors)).append('\n');
    }
    System.out.println(out);
    System.out.flush();
  }

  /** The machine the figures were measured on, as a Markdown table. */
  static String machine(String database) {
    StringBuilder out = new StringBuilder();
    out.append("\n| machine | |\n|---|---|\n");
    out.append(row("database", database));
    out.append(row("CPU", cpuModel()));
    out.append(
        row("available processors", Integer.toString(Runtime.getRuntime().availableProcessors())));
    out.append(row("total memory", totalMemory()));
    out.append(
        row(
            "OS / JVM",
            System.getProperty("os.name")
                + " "
                + System.getProperty("os.version")
                + " / Java "
                + System.getProperty("java.version")));
    out.append(row("server", base + " (benchmark client on the same machine)"));
    return out.toString();
  }

  static String throughputRow(String name, Throughput t, String what) {
    double[] l = Arrays.stream(t.latenciesMicros()).mapToDouble(x -> x / 1000.0).toArray();
    return row(
        name,
        "%s, %d threads, %d s after %d s warm-up".formatted(what, t.threads(), SECONDS, WARMUP),
        ("**%.1f obs/s** (%d accepted in %.1f s; %d requests, p50 %.1f ms, p99 %.1f ms;"
                + " %d non-2xx requests, %d refused entries)")
            .formatted(
                t.rate(),
                t.accepted(),
                t.seconds(),
                t.requests(),
                percentile(l, 50),
                percentile(l, 99),
                t.failedRequests(),
                t.failedEntries()));
  }

  static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  static double[] sorted(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  static String totalMemory() {
    long bytes = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      bytes = os.getTotalMemorySize();
    }
    if (bytes <= 0) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
          if (line.startsWith("MemTotal:")) {
            bytes = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException e) {
        // unknown
      }
    }
    return bytes <= 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
  }

  // ---------------------------------------------------------------------------------------------
  // Utilities.

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  static synchronized void log(String format, Object... args) {
    System.err.printf(
        Locale.ROOT,
        "[%s] %s%n",
        java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
        String.format(Locale.ROOT, format, args));
  }

  /**
   * Fresh, valid, unique codici fiscali: a man born in Milan on 1 January 1950 with six random
   * consonants, as the ITs' CodiciFiscali; the check character as the 1976 decree defines it.
   */
  static final class CodiciFiscali {
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {
      1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    private static final String CONSONANTS = "BCDFGHJKLMNPRSTVZ";
    private static final Set<String> ISSUED = new HashSet<>();

    static synchronized String newUnique() {
      while (true) {
        StringBuilder cf = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
          cf.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        cf.append("50A01F205");
        String code = cf.append(checkCharacter(cf.toString())).toString();
        if (ISSUED.add(code)) {
          return code;
        }
      }
    }

    static char checkCharacter(String first15) {
      int sum = 0;
      for (int i = 0; i < 15; i++) {
        char c = first15.charAt(i);
        boolean digit = Character.isDigit(c);
        if (i % 2 == 0) {
          sum += digit ? ODD_DIGITS[c - '0'] : ODD_LETTERS[c - 'A'];
        } else {
          sum += digit ? c - '0' : c - 'A';
        }
      }
      return (char) ('A' + sum % 26);
    }
  }
}
