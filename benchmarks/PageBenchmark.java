import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page benchmark: how long the pages people use every day take to answer with the demo data plus
 * 1,000 monitored patients, and how long signing a referto takes.
 *
 * <p>Run by {@code benchmarks/pages} (which starts a fresh server); the classes of this directory
 * are compiled together, so it reuses {@link IngestBenchmark}'s set-up and HTTP helpers.
 *
 * <p>Each page is opened by a person logged in through the login form (a session cookie, as a
 * browser), {@code bench.repeat} times after 3 unmeasured openings; the time is the whole HTML
 * document's (request sent to last byte received): static resources are cached by browsers after
 * the first page. Settings: {@code bench.pagePatients} (1000) monitored patients created first,
 * {@code bench.withReadings} (100) of them get 30 days of readings (some out of range, so alarms
 * wait in the inbox), {@code bench.repeat} (20), {@code bench.signings} (10) referti signed.
 */
public class PageBenchmark {

  static final int PATIENTS = Integer.getInteger("bench.pagePatients", 1000);
  static final int WITH_READINGS = Integer.getInteger("bench.withReadings", 100);
  static final int REPEAT = Integer.getInteger("bench.repeat", 20);
  static final int SIGNINGS = Integer.getInteger("bench.signings", 10);
  static final String CARDIOLOGIST =
      IngestBenchmark.basic("niguarda.cardiologo", IngestBenchmark.DEMO_PASSWORD);
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  record Page(String user, String label, String path) {}

  record Timing(String user, String label, long[] millis, int bytes) {
    long percentile(double p) {
      long[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: PageBenchmark <baseUrl> [database label]");
      System.exit(2);
    }
    IngestBenchmark.connect(args[0]);
    String database = args.length > 1 ? args[1] : "unknown";
    IngestBenchmark.log(
        "IRT page benchmark against %s (database: %s)", IngestBenchmark.base, database);
    IngestBenchmark.expect(200, IngestBenchmark.get("/api/me", IngestBenchmark.MMG));

    long setupStart = System.nanoTime();
    List<Long> patients = IngestBenchmark.createPatients(PATIENTS, "page");
    readings(patients.subList(0, Math.min(WITH_READINGS, patients.size())));
    List<Long> drafts = referti(SIGNINGS);
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    IngestBenchmark.log(
        "set-up: %d patients and %d referti in %.0f s",
        patients.size(), drafts.size(), setupSeconds);

    long patient = patients.get(0);
    List<Page> pages =
        List.of(
            new Page("niguarda.mmg", "home (GP's work queue)", "/app/home.xhtml"),
            new Page("niguarda.mmg", "my patients", "/app/patients/list.xhtml"),
            new Page("niguarda.mmg", "patient search", "/app/patients/search.xhtml?q=Benchmark"),
            new Page("niguarda.mmg", "patient record", "/app/patients/record.xhtml?id=" + patient),
            new Page(
                "niguarda.mmg",
                "monitoring page (30 days)",
                "/app/monitoring/patient.xhtml?patient=" + patient + "&days=30"),
            new Page("niguarda.mmg", "encounters", "/app/encounters/list.xhtml"),
            new Page(
                "niguarda.infermiere", "home (nurse: alarms of my patients)", "/app/home.xhtml"),
            new Page("niguarda.infermiere", "alarm inbox", "/app/monitoring/inbox.xhtml"),
            new Page("niguarda.cardiologo", "home (specialist)", "/app/home.xhtml"),
            new Page("niguarda.cot", "home (COT)", "/app/home.xhtml"),
            new Page("niguarda.admin", "users (tenant admin)", "/app/admin/users.xhtml"),
            new Page("niguarda.admin", "device inventory", "/app/devices/inventory.xhtml"),
            new Page("niguarda.helpdesk", "help-desk queue", "/app/helpdesk/queue.xhtml"));
    List<Timing> timings = new ArrayList<>();
    for (String user : pages.stream().map(Page::user).distinct().toList()) {
      HttpClient browser = login(user);
      for (Page page : pages.stream().filter(p -> p.user().equals(user)).toList()) {
        timings.add(open(browser, page));
      }
    }
    long[] signing = sign(drafts);
    print(database, patients.size(), setupSeconds, timings, signing);
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up.

  /** 30 days of daily weight and SpO2 for each patient; every fifth patient's last SpO2 alarms. */
  static void readings(List<Long> patients) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    for (int i = 0; i < patients.size(); i++) {
      long patient = patients.get(i);
      List<String> observations = new ArrayList<>();
      for (int day = 30; day >= 1; day--) {
        Instant at = now.minus(day, ChronoUnit.DAYS);
        double weight = 78 + (day % 5) * 0.3;
        double spo2 = i % 5 == 0 && day == 1 ? 84 : 95 + day % 3;
        observations.add(
            IngestBenchmark.observation(patient, IngestBenchmark.WEIGHT, weight, "kg", at));
        observations.add(IngestBenchmark.observation(patient, IngestBenchmark.SPO2, spo2, "%", at));
      }
      IngestBenchmark.expect(
          200,
          IngestBenchmark.send(
              IngestBenchmark.fhirRequest(
                  "/fhir/" + IngestBenchmark.TENANT, IngestBenchmark.bundle(observations))));
    }
    IngestBenchmark.log("  readings: 60 for each of %d patients", patients.size());
  }

  /**
   * {@code count} televisits of the cardiologist, each with its referto written and ready to sign:
   * the drafts' ids.
   */
  static List<Long> referti(int count) throws Exception {
    String mmg = IngestBenchmark.MMG;
    long agenda =
        IngestBenchmark.id(
            IngestBenchmark.expect(
                201,
                IngestBenchmark.post(
                    "/api/agendas",
                    CARDIOLOGIST,
                    "{\"service\": \"TELEVISIT\", \"title\": \"Televisite\", \"openToRoles\":"
                        + " [\"PHYSICIAN\"]}")));
    String slots =
        IngestBenchmark.expect(
                201,
                IngestBenchmark.post(
                    "/api/agendas/" + agenda + "/slots",
                    CARDIOLOGIST,
                    "{\"start\": \"%s\", \"count\": %d, \"minutes\": 20, \"modality\": \"VIDEO\"}"
                        .formatted(LocalDate.now().plusDays(7).atTime(9, 0), count)))
            .body();
    List<Long> slotIds = new ArrayList<>();
    Matcher m = IngestBenchmark.ID.matcher(slots);
    while (m.find()) {
      slotIds.add(Long.parseLong(m.group(1)));
    }
    List<Long> drafts = new ArrayList<>();
    for (long slot : slotIds.subList(0, Math.min(count, slotIds.size()))) {
      long patient = IngestBenchmark.enrolledPatient("TELEVISIT");
      long diagnosis =
          IngestBenchmark.id(
              IngestBenchmark.expect(
                  201,
                  IngestBenchmark.post(
                      "/api/patients/" + patient + "/diagnoses",
                      mmg,
                      """
                      {"condition": "Scompenso cardiaco cronico", "icd9cmCode": "428.0",
                       "diagnosedOn": "%s", "diagnosedBy": "Dr. Verdi, ambulatorio scompenso"}\
                      """
                          .formatted(LocalDate.now().minusMonths(2)))));
      long encounter =
          IngestBenchmark.id(
              IngestBenchmark.expect(
                  201,
                  IngestBenchmark.post(
                      "/api/agendas/slots/" + slot + "/booking",
                      mmg,
                      "{\"patientId\": %d, \"diagnosisId\": %d}".formatted(patient, diagnosis))));
      long draft =
          IngestBenchmark.id(
              IngestBenchmark.expect(
                  200,
                  IngestBenchmark.post(
                      "/api/encounters/" + encounter + "/outcome", CARDIOLOGIST, "{}")));
      IngestBenchmark.expect(
          200,
          IngestBenchmark.put(
              "/api/encounters/outcomes/" + draft,
              CARDIOLOGIST,
              """
              {"fields": {"FINDINGS": "Edemi declivi lievi, eupnoico a riposo",
                          "CONCLUSIONS": "Scompenso compensato", "THERAPY": "Invariata"}}\
              """));
      drafts.add(draft);
    }
    return drafts;
  }

  // ---------------------------------------------------------------------------------------------
  // Pages, as a browser opens them.

  /** A browser-like client logged in as {@code user} through the login form. */
  static HttpClient login(String user) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String form = html(browser, "/login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(form);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String body =
        String.join(
            "&",
            field("login-form", "login-form"),
            field("login-form:username", user),
            field("login-form:password", IngestBenchmark.DEMO_PASSWORD),
            field("login-form:login-button", ""),
            field("jakarta.faces.ViewState", state.group(1)));
    HttpResponse<String> home =
        browser.send(
            HttpRequest.newBuilder(URI.create(IngestBenchmark.base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", IngestBenchmark.base)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (home.statusCode() != 200 || home.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException(
          user + " could not log in: " + home.statusCode() + " " + home.uri());
    }
    return browser;
  }

  static String field(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static HttpResponse<String> html(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(IngestBenchmark.base + path))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The page opened 3 times unmeasured, then {@link #REPEAT} times measured. */
  static Timing open(HttpClient browser, Page page) throws Exception {
    long[] millis = new long[REPEAT];
    int bytes = 0;
    for (int i = -3; i < REPEAT; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = html(browser, page.path());
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      if (answer.statusCode() != 200
          || answer.uri().getPath().endsWith("login.xhtml")
          || !answer.body().contains("</html>")) {
        throw new IllegalStateException(
            page.user()
                + " "
                + page.path()
                + " answered "
                + answer.statusCode()
                + " at "
                + answer.uri());
      }
      if (i >= 0) {
        millis[i] = elapsed;
        bytes = answer.body().length();
      }
    }
    Timing t = new Timing(page.user(), page.label(), millis, bytes);
    IngestBenchmark.log(
        "  %s, %s: p50 %d ms, p95 %d ms",
        page.user(), page.label(), t.percentile(0.5), t.percentile(0.95));
    return t;
  }

  /** Each draft signed by the cardiologist (PDF, signature, FSE outbox): the times in ms. */
  static long[] sign(List<Long> drafts) throws Exception {
    long[] millis = new long[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      long start = System.nanoTime();
      IngestBenchmark.expect(
          200,
          IngestBenchmark.post(
              "/api/encounters/outcomes/" + drafts.get(i) + "/sign-off", CARDIOLOGIST, "{}"));
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    IngestBenchmark.log("  signing: %s ms", Arrays.toString(millis));
    return millis;
  }

  // ---------------------------------------------------------------------------------------------
  // Report.

  static void print(
      String database, int patients, double setupSeconds, List<Timing> timings, long[] signing) {
    StringBuilder out = new StringBuilder();
    out.append("\n## IRT page benchmark — ")
        .append(database)
        .append(" — ")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
        .append("\n\n");
    out.append(
        "Demo data plus %d monitored patients (set up in %.0f s); each page %d times after 3 openings, one person at a time.\n\n"
            .formatted(patients, setupSeconds, REPEAT));
    out.append("| user | page | p50 | p95 | max | HTML |\n|---|---|---|---|---|---|\n");
    long worst = 0;
    for (Timing t : timings) {
      worst = Math.max(worst, t.percentile(0.95));
      out.append(
          "| %s | %s | %d ms | %d ms | %d ms | %d KB |\n"
              .formatted(
                  t.user(),
                  t.label(),
                  t.percentile(0.5),
                  t.percentile(0.95),
                  t.percentile(1.0),
                  t.bytes() / 1024));
    }
    if (signing.length > 0) {
      long[] sorted = signing.clone();
      Arrays.sort(sorted);
      out.append(
          "\nSigning a referto (PDF, PAdES signature, FSE outbox), %d times: median %d ms, max %d ms.\n"
              .formatted(sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1]));
    }
    out.append("\nWorst page p95: %d ms.\n".formatted(worst));
    System.out.print(out.toString().replace(String.valueOf((char) 0), ""));
    System.out.println(IngestBenchmark.machine(database));
  }
}
