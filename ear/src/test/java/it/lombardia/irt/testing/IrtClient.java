package it.lombardia.irt.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the REST API, authenticating with HTTP Basic or a bearer token. */
public final class IrtClient {

  public static final String BASE = System.getProperty("irt.base-url", "http://localhost:8080");
  public static final String DEMO_PASSWORD = "Demo.IRT.2026";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;

  private IrtClient(String authorization) {
    this.authorization = authorization;
  }

  /** The value of the Authorization header this client sends, for requests built by hand. */
  public String authorization() {
    return authorization;
  }

  public static IrtClient basic(String user, String password) {
    return new IrtClient(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public static IrtClient demo(String user) {
    return basic(user, DEMO_PASSWORD);
  }

  public static IrtClient bearer(String token) {
    return new IrtClient("Bearer " + token);
  }

  public static IrtClient anonymous() {
    return new IrtClient(null);
  }

  /** An answer: status, headers and body, with the body parsed as JSON on demand. */
  public record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    private JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A GET that accepts any type (a PDF, a document), answered as text. */
  public Answer getAny(String path) {
    return send(request(path).setHeader("Accept", "*/*").GET());
  }

  public Answer post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer upload(String path, byte[] jar) {
    return upload(path, "application/java-archive", jar);
  }

  public Answer upload(String path, String contentType, byte[] content) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** A binary answer (PDF, document); fails unless 200. */
  public byte[] download(String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              request(path).setHeader("Accept", "*/*").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  public Answer put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private static Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
