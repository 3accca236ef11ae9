package it.lombardia.irt.infrastructure.video;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How IRT reaches an ASST's Jitsi Meet: its domain, the application id its token authentication
 * expects (the tokens' issuer), the shared secret the tokens are signed with, and how long a token
 * lasts. Read from MicroProfile Config: {@code irt.tenant.<CODE>.jitsi.<key>}, then {@code
 * irt.jitsi.<key>}.
 */
public record JitsiSettings(String domain, String appId, String secret, Duration tokenLifetime) {

  /** Refuses a secret HS256 cannot use safely. */
  public JitsiSettings {
    if (secret == null || secret.length() < 32) {
      throw new IllegalStateException(
          "the Jitsi secret (irt.jitsi.secret or irt.tenant.<CODE>.jitsi.secret) must be at least 32"
              + " characters");
    }
  }

  /** The settings of one ASST from a configuration lookup. */
  public static JitsiSettings of(String tenantCode, Function<String, Optional<String>> config) {
    Function<String, String> read =
        key ->
            config
                .apply("irt.tenant." + tenantCode + ".jitsi." + key)
                .or(() -> config.apply("irt.jitsi." + key))
                .orElse(null);
    String minutes = read.apply("token-minutes");
    return new JitsiSettings(
        Optional.ofNullable(read.apply("domain")).orElse("meet.jit.si"),
        Optional.ofNullable(read.apply("app-id")).orElse("irt"),
        read.apply("secret"),
        Duration.ofMinutes(minutes == null ? 10 : Long.parseLong(minutes)));
  }
}
