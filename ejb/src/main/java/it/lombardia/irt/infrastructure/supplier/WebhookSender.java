package it.lombardia.irt.infrastructure.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts a hand-off's JSON to a supplier's webhook, with its event id in {@code Idempotency-Key} so
 * a supplier that already has it (an earlier answer was lost) can ignore the repeat, and signed
 * ({@link WebhookSignature}) when the Region issued the supplier a secret. Any 2xx is accepted;
 * anything else is an error to record and retry.
 */
@ApplicationScoped
public class WebhookSender {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject Clock clock;

  /**
   * Posts {@code json}, signed with {@code secret} unless null; {@code null} when accepted, else
   * what went wrong.
   */
  public String post(String url, String eventId, String json, String secret) {
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", eventId)
              .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      if (secret != null) {
        builder.header(
            WebhookSignature.HEADER,
            WebhookSignature.of(secret, clock.instant().getEpochSecond(), json));
      }
      HttpRequest request = builder.build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return null;
      }
      String body = response.body() == null ? "" : response.body();
      return "HTTP " + status + ": " + body.substring(0, Math.min(300, body.length()));
    } catch (IOException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
