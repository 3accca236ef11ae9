package it.lombardia.irt.infrastructure.ana;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How to reach the national patient registry (ANA). Off unless {@value #ENABLED} is {@code true};
 * once enabled, {@value #URL} is required.
 *
 * @param baseUrl the registry's base address, without a trailing slash; {@code null} only when
 *     disabled
 * @param timeout for connecting and for the whole answer
 * @param bearerToken sent as {@code Authorization: Bearer …}, or {@code null} for none
 */
public record AnaSettings(boolean enabled, URI baseUrl, Duration timeout, String bearerToken) {

  public static final String ENABLED = "irt.ana.enabled";
  public static final String URL = "irt.ana.url";
  public static final String TIMEOUT_MS = "irt.ana.timeout-ms";
  public static final String TOKEN = "irt.ana.token";

  static final long DEFAULT_TIMEOUT_MS = 3000;

  public AnaSettings {
    if (enabled && baseUrl == null) {
      throw new IllegalStateException(
          ENABLED + "=true but " + URL + " is not set: give the base URL of the ANA service");
    }
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      throw new IllegalStateException("the ANA timeout must be positive, not " + timeout);
    }
    if (baseUrl != null) {
      baseUrl = withoutTrailingSlash(baseUrl);
    }
    if (bearerToken != null && bearerToken.isBlank()) {
      bearerToken = null;
    }
  }

  /** Reads the {@code irt.ana.*} keys. */
  public static AnaSettings fromConfig(Config config) {
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * Reads the {@code irt.ana.*} keys from any source.
   *
   * @param values the raw value of a key, empty when the key is not set
   * @throws IllegalStateException naming the key whose value is wrong
   */
  static AnaSettings from(Function<String, Optional<String>> values) {
    boolean enabled = values.apply(ENABLED).map(AnaSettings::parseBoolean).orElse(false);
    URI url =
        values
            .apply(URL)
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .map(AnaSettings::parseUrl)
            .orElse(null);
    long timeoutMs =
        values.apply(TIMEOUT_MS).map(AnaSettings::parseTimeout).orElse(DEFAULT_TIMEOUT_MS);
    String token = values.apply(TOKEN).map(String::trim).orElse(null);
    return new AnaSettings(enabled, url, Duration.ofMillis(timeoutMs), token);
  }

  /** Masks the token, so that settings can be logged. */
  @Override
  public String toString() {
    return "AnaSettings[enabled="
        + enabled
        + ", baseUrl="
        + baseUrl
        + ", timeout="
        + timeout.toMillis()
        + " ms, bearerToken="
        + (bearerToken == null ? "none" : "***")
        + "]";
  }

  private static boolean parseBoolean(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalStateException(ENABLED + " must be true or false, not '" + value + "'");
    };
  }

  private static URI parseUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalStateException(
            URL + " must be an absolute http(s) URL, not '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(URL + " is not a valid URL: " + e.getMessage(), e);
    }
  }

  private static long parseTimeout(String value) {
    try {
      long ms = Long.parseLong(value.trim());
      if (ms > 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        TIMEOUT_MS + " must be a positive number of milliseconds, not '" + value + "'");
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
