package it.lombardia.irt.infrastructure.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an SMS through the provider's HTTP API: a JSON {@code {"id", "to", "text"}} posted to
 * {@code irt.notification.sms.url} with the bearer {@code irt.notification.sms.token} and the
 * message id as {@code Idempotency-Key}, so the provider can drop a resend. Any 2xx is delivered.
 */
@ApplicationScoped
public class SmsSender {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject
  @ConfigProperty(name = "irt.notification.sms.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "irt.notification.sms.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "irt.notification.sms.sender", defaultValue = "IRT")
  String sender;

  public SendResult send(OutgoingMessage message) {
    if (url.isEmpty()) {
      return SendResult.failed("no SMS provider configured (irt.notification.sms.url)");
    }
    String json =
        Json.createObjectBuilder()
            .add("id", message.id())
            .add("from", sender)
            .add("to", message.address())
            .add("text", message.body())
            .build()
            .toString();
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url.get()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", message.id())
              .POST(HttpRequest.BodyPublishers.ofString(json));
      token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return SendResult.ok();
      }
      String body = response.body() == null ? "" : response.body();
      return SendResult.failed(
          "HTTP " + status + ": " + body.substring(0, Math.min(300, body.length())));
    } catch (IOException | IllegalArgumentException e) {
      return SendResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.failed("interrupted");
    }
  }
}
