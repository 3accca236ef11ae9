package it.lombardia.irt.infrastructure.ana;

import it.lombardia.irt.application.patient.AnaRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks an assistito up in the national patient registry (ANA) by codice fiscale, over HTTP: {@code
 * GET {baseUrl}/assistiti/{codiceFiscale}} answered by a JSON object with the fields {@code
 * codiceFiscale, nome, cognome, dataNascita} (yyyy-MM-dd){@code , comuneNascita, sesso} (M/F){@code
 * , comuneResidenza} and, optionally, {@code medicoCurante} and {@code deceduto} (boolean).
 *
 * <p>200 is a record, 404 means the registry does not know the code; anything else is {@link
 * AnaUnavailableException}. Thread-safe; one instance serves the whole application.
 */
public class AnaClient {

  /** The shape only: the registry also knows temporary codes (STP, ENI) without a check letter. */
  private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z0-9]{16}");

  private final AnaSettings settings;
  private final HttpClient http;

  public AnaClient(AnaSettings settings) {
    this.settings = settings;
    this.http =
        settings.enabled()
            ? HttpClient.newBuilder().connectTimeout(settings.timeout()).build()
            : null;
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /**
   * @param codiceFiscale 16 letters and digits; case and surrounding spaces are ignored
   * @return the registry's record, or empty when the registry does not know the code
   * @throws IllegalStateException when the lookup is disabled
   * @throws IllegalArgumentException when the code is not 16 letters and digits (nothing is sent)
   * @throws AnaUnavailableException when the registry gives no usable answer
   */
  public Optional<AnaRecord> lookup(String codiceFiscale) {
    if (!settings.enabled()) {
      throw new IllegalStateException("ANA lookup is disabled (" + AnaSettings.ENABLED + "=false)");
    }
    String code = normalise(codiceFiscale);
    HttpResponse<String> response = send(code);
    return switch (response.statusCode()) {
      case 200 -> Optional.of(parse(response.body(), code));
      case 404 -> Optional.empty();
      default ->
          throw new AnaUnavailableException(
              "ANA at " + settings.baseUrl() + " answered HTTP " + response.statusCode());
    };
  }

  private static String normalise(String codiceFiscale) {
    String code = codiceFiscale == null ? "" : codiceFiscale.strip().toUpperCase(Locale.ROOT);
    if (!CODE_SHAPE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a codice fiscale for the ANA lookup has 16 letters and digits");
    }
    return code;
  }

  private HttpResponse<String> send(String code) {
    URI uri =
        URI.create(
            settings.baseUrl() + "/assistiti/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Accept", "application/json")
            .GET();
    if (settings.bearerToken() != null) {
      request.header("Authorization", "Bearer " + settings.bearerToken());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new AnaUnavailableException(
          "ANA at "
              + settings.baseUrl()
              + " did not answer within "
              + settings.timeout().toMillis()
              + " ms",
          e);
    } catch (IOException e) {
      throw new AnaUnavailableException(
          "ANA at " + settings.baseUrl() + " could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnaUnavailableException("interrupted while waiting for ANA", e);
    }
  }

  private AnaRecord parse(String body, String requested) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw malformed("not a JSON object (" + e.getMessage() + ")");
    }
    String answered = required(json, "codiceFiscale").toUpperCase(Locale.ROOT);
    if (!answered.equals(requested)) {
      throw malformed("it describes another codice fiscale than the one asked for");
    }
    String sex = required(json, "sesso").toUpperCase(Locale.ROOT);
    if (!sex.equals("M") && !sex.equals("F")) {
      throw malformed("\"sesso\" must be M or F");
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.parse(required(json, "dataNascita"));
    } catch (DateTimeParseException e) {
      throw malformed("\"dataNascita\" is not a yyyy-MM-dd date");
    }
    return new AnaRecord(
        answered,
        required(json, "nome"),
        required(json, "cognome"),
        birthDate,
        required(json, "comuneNascita"),
        sex,
        required(json, "comuneResidenza"),
        optional(json, "medicoCurante"),
        deceased(json));
  }

  private String required(JsonObject json, String field) {
    String value = optional(json, field);
    if (value == null) {
      throw malformed("\"" + field + "\" is missing");
    }
    return value;
  }

  /** The trimmed text of a field, or {@code null} when it is absent, null or blank. */
  private String optional(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw malformed("\"" + field + "\" is not a string");
    }
    String trimmed = text.getString().strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private boolean deceased(JsonObject json) {
    JsonValue value = json.get("deceduto");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    return switch (value.getValueType()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw malformed("\"deceduto\" is not a boolean");
    };
  }

  private AnaUnavailableException malformed(String problem) {
    return new AnaUnavailableException(
        "ANA at " + settings.baseUrl() + " answered with a malformed record: " + problem);
  }
}
