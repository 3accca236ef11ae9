package it.lombardia.irt.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.function.DoublePredicate;

/** The server's metrics as Prometheus scrapes them, from the management port's {@code /metrics}. */
public final class OperationsMetrics {

  private static final URI METRICS =
      URI.create(System.getProperty("irt.metrics-url", "http://127.0.0.1:9990/metrics"));

  private OperationsMetrics() {}

  /** The whole exposition, as text. */
  public static String scrape() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(METRICS).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  /**
   * The value of the sample {@code name} whose labels contain {@code label} (e.g. {@code
   * outcome="created"}; empty for a sample without labels).
   */
  public static double value(String name, String label) throws Exception {
    String text = scrape();
    for (String line : text.lines().toList()) {
      boolean named = line.startsWith(name + "{") || line.startsWith(name + " ");
      if (named && line.contains(label)) {
        String[] parts = line.split(" ");
        return Double.parseDouble(parts[parts.length - 1]);
      }
    }
    throw new AssertionError("no sample " + name + " with " + label + " in:\n" + text);
  }

  /** Waits up to 15 s for the sample to satisfy {@code condition} (gauges are refreshed). */
  public static void await(String name, String label, DoublePredicate condition) throws Exception {
    Instant until = Instant.now().plusSeconds(15);
    double last = value(name, label);
    while (!condition.test(last)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError(name + "{" + label + "} stayed at " + last);
      }
      Thread.sleep(200);
      last = value(name, label);
    }
  }
}
