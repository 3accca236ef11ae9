package it.lombardia.irt.infrastructure.fse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Posts a FHIR document bundle to an ASST's FSE endpoint: {@code irt.tenant.<CODE>.fse.endpoint},
 * else {@code irt.fse.endpoint} (with an optional bearer {@code .token}). The create is conditional
 * on the bundle's identifier ({@code If-None-Exist}), so an FSE that already has the document —
 * because an earlier answer was lost — does not store it twice.
 */
@ApplicationScoped
public class FseSender {

  /** The outcome of one attempt: delivered, or the error to record. */
  public record Result(boolean delivered, String error) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject Config config;

  public Result send(String tenantCode, String bundleId, byte[] bundleJson) {
    Optional<String> endpoint = setting(tenantCode, "endpoint");
    if (endpoint.isEmpty()) {
      return new Result(false, "no FSE endpoint configured (irt.fse.endpoint)");
    }
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(endpoint.get()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/fhir+json")
              .header("Accept", "application/fhir+json")
              .header("If-None-Exist", "identifier=urn:ietf:rfc:3986|urn:uuid:" + bundleId)
              .POST(HttpRequest.BodyPublishers.ofByteArray(bundleJson));
      setting(tenantCode, "token").ifPresent(t -> request.header("Authorization", "Bearer " + t));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Result(true, null);
      }
      String body = response.body() == null ? "" : response.body();
      return new Result(
          false, "HTTP " + status + ": " + body.substring(0, Math.min(300, body.length())));
    } catch (IOException | IllegalArgumentException e) {
      return new Result(false, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, "interrupted");
    }
  }

  private Optional<String> setting(String tenantCode, String key) {
    return config
        .getOptionalValue("irt.tenant." + tenantCode + ".fse." + key, String.class)
        .or(() -> config.getOptionalValue("irt.fse." + key, String.class));
  }
}
