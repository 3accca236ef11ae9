package it.lombardia.irt.infrastructure.ana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.lombardia.irt.application.patient.AnaRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Talks to a real HTTP receiver on a loopback port that answers as the registry would. */
class AnaClientTest {

  private static final String TOKEN = "s3cr3t-ana-token";
  private static final String KNOWN = "RSSMRA85T10A562S";
  private static final String KNOWN_WITHOUT_PRACTITIONER = "NREPLA44D55F205W";
  private static final String UNKNOWN = "BNCLRA70A41F205E";
  private static final String SERVER_ERROR = "VRDGPP50C12L219Q";
  private static final String SLOW = "GLLFNC60M01D969L";
  private static final String TRUNCATED = "TRNCTD80A01F205X";
  private static final String INCOMPLETE = "NCMPLT80A01F205X";
  private static final long SLOW_ANSWER_MS = 3000;

  private static final Map<String, Seen> seenByPath = new ConcurrentHashMap<>();
  private static final AtomicInteger requests = new AtomicInteger();
  private static HttpServer receiver;
  private static ExecutorService receiverThreads;

  private record Seen(String accept, String authorization) {}

  @BeforeAll
  static void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/ana/v1/assistiti/", AnaClientTest::answer);
    receiverThreads = Executors.newCachedThreadPool();
    receiver.setExecutor(receiverThreads);
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
    receiverThreads.shutdownNow();
  }

  @Test
  void readsTheAssistitoFromTheRegistry() {
    AnaRecord record = client(Duration.ofSeconds(3)).lookup(" rssmra85t10a562s ").orElseThrow();

    assertEquals(
        new AnaRecord(
            KNOWN,
            "Mario",
            "Rossi",
            LocalDate.of(1985, 12, 10),
            "Bergamo",
            "M",
            "Milano",
            "Anna Bianchi",
            false),
        record);
    Seen seen = seenByPath.get("/ana/v1/assistiti/" + KNOWN);
    assertEquals("Bearer " + TOKEN, seen.authorization());
    assertEquals("application/json", seen.accept());
  }

  @Test
  void leavesThePractitionerOutWhenTheRegistryDoesNotGiveIt() {
    AnaRecord record =
        client(Duration.ofSeconds(3)).lookup(KNOWN_WITHOUT_PRACTITIONER).orElseThrow();

    assertNull(record.generalPractitioner());
    assertTrue(record.deceased());
  }

  @Test
  void returnsEmptyWhenTheRegistryDoesNotKnowTheCode() {
    assertEquals(Optional.empty(), client(Duration.ofSeconds(3)).lookup(UNKNOWN));
  }

  @Test
  void reportsTheRegistryUnavailableOnServerError() {
    AnaUnavailableException e =
        assertThrows(
            AnaUnavailableException.class,
            () -> client(Duration.ofSeconds(3)).lookup(SERVER_ERROR));

    assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void reportsTheRegistryUnavailableOnTimeout() {
    long start = System.nanoTime();
    AnaUnavailableException e =
        assertThrows(
            AnaUnavailableException.class, () -> client(Duration.ofMillis(200)).lookup(SLOW));
    long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertTrue(e.getMessage().contains("within 200 ms"), e.getMessage());
    assertTrue(elapsedMs < SLOW_ANSWER_MS - 500, "gave up after " + elapsedMs + " ms");
  }

  @Test
  void reportsAMalformedAnswer() {
    AnaClient client = client(Duration.ofSeconds(3));

    AnaUnavailableException truncated =
        assertThrows(AnaUnavailableException.class, () -> client.lookup(TRUNCATED));
    AnaUnavailableException incomplete =
        assertThrows(AnaUnavailableException.class, () -> client.lookup(INCOMPLETE));

    assertTrue(truncated.getMessage().contains("malformed"), truncated.getMessage());
    assertTrue(
        incomplete.getMessage().contains("\"dataNascita\" is missing"), incomplete.getMessage());
  }

  @Test
  void refusesToCallWhenDisabled() {
    AnaClient client =
        new AnaClient(new AnaSettings(false, baseUrl(), Duration.ofSeconds(3), TOKEN));
    int before = requests.get();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.lookup(KNOWN));

    assertFalse(client.enabled());
    assertEquals("ANA lookup is disabled (irt.ana.enabled=false)", e.getMessage());
    assertEquals(before, requests.get());
  }

  @Test
  void rejectsAMalformedCodiceFiscaleWithoutCalling() {
    AnaClient client = client(Duration.ofSeconds(3));
    int before = requests.get();

    for (String code :
        new String[] {null, "", "RSSMRA85T10A562", "RSSMRA85T10A562SX", "RSSMRA85T10/562S"}) {
      assertThrows(IllegalArgumentException.class, () -> client.lookup(code), code);
    }
    assertEquals(before, requests.get());
  }

  @Test
  void isOffByDefault() {
    AnaSettings settings = AnaSettings.from(key -> Optional.empty());

    assertFalse(settings.enabled());
    assertNull(settings.baseUrl());
    assertNull(settings.bearerToken());
    assertEquals(Duration.ofMillis(3000), settings.timeout());
    assertFalse(new AnaClient(settings).enabled());
  }

  @Test
  void refusesToBeEnabledWithoutAUrl() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AnaSettings.from(config(Map.of("irt.ana.enabled", "true"))));

    assertTrue(e.getMessage().contains("irt.ana.url is not set"), e.getMessage());
  }

  @Test
  void readsEveryKeyAndNeverPrintsTheToken() {
    AnaSettings settings =
        AnaSettings.from(
            config(
                Map.of(
                    "irt.ana.enabled", "true",
                    "irt.ana.url", "https://ana.example.it/api/",
                    "irt.ana.timeout-ms", "1500",
                    "irt.ana.token", TOKEN)));

    assertEquals(
        new AnaSettings(
            true, URI.create("https://ana.example.it/api"), Duration.ofMillis(1500), TOKEN),
        settings);
    assertFalse(settings.toString().contains(TOKEN), settings.toString());
  }

  private static Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  private static URI baseUrl() {
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/ana/v1/");
  }

  private static AnaClient client(Duration timeout) {
    return new AnaClient(new AnaSettings(true, baseUrl(), timeout, TOKEN));
  }

  private static void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String path = exchange.getRequestURI().getRawPath();
    seenByPath.put(
        path,
        new Seen(
            exchange.getRequestHeaders().getFirst("Accept"),
            exchange.getRequestHeaders().getFirst("Authorization")));
    String code = path.substring(path.lastIndexOf('/') + 1);
    try {
      switch (code) {
        case KNOWN ->
            respond(
                exchange,
                200,
                assistito(KNOWN, "\"medicoCurante\": \"Anna Bianchi\", \"deceduto\": false"));
        case KNOWN_WITHOUT_PRACTITIONER ->
            respond(exchange, 200, assistito(KNOWN_WITHOUT_PRACTITIONER, "\"deceduto\": true"));
        case SERVER_ERROR -> respond(exchange, 503, "{\"errore\": \"manutenzione\"}");
        case SLOW -> {
          Thread.sleep(SLOW_ANSWER_MS);
          respond(exchange, 200, assistito(SLOW, "\"deceduto\": false"));
        }
        case TRUNCATED -> respond(exchange, 200, "{\"codiceFiscale\": \"TRNC");
        case INCOMPLETE ->
            respond(
                exchange,
                200,
                assistito(INCOMPLETE, "\"deceduto\": false")
                    .replace("\"dataNascita\": \"1985-12-10\",", ""));
        default -> exchange.sendResponseHeaders(404, -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private static String assistito(String code, String extra) {
    return """
        {"codiceFiscale": "%s", "nome": "Mario", "cognome": "Rossi", "dataNascita": "1985-12-10",
         "comuneNascita": "Bergamo", "sesso": "M", "comuneResidenza": "Milano", %s}
        """
        .formatted(code, extra);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
