package it.lombardia.irt.infrastructure.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key each ASST signs its documents with, from MicroProfile Config: the PKCS#12 file {@code
 * irt.tenant.<CODE>.signing.keystore} with its {@code .password} and optional {@code .alias} (else
 * the first key entry), or else the installation's {@code irt.signing.keystore}, {@code .password}
 * and {@code .alias}. The three keys are taken together from the level that names a keystore, so a
 * tenant's file is never opened with the installation's password or alias.
 *
 * <p>A configured keystore is read at each call, so a renewed certificate takes effect without a
 * restart. Without one, the demo installation ({@code irt.demo.enabled}, the embedded default)
 * signs with a self-signed certificate made once per ASST and kept in memory, and says so in the
 * log; a real installation must configure one.
 */
@ApplicationScoped
public class TenantSigningKeys {

  private static final Logger LOG = Logger.getLogger(TenantSigningKeys.class.getName());

  private final Map<String, SigningKey> demoKeys = new ConcurrentHashMap<>();

  @Inject Config config;
  @Inject Clock clock;

  /**
   * The signing key of an ASST.
   *
   * @throws IllegalStateException if its keystore cannot be read, or none is configured outside the
   *     demo installation
   */
  public SigningKey of(String tenantCode) {
    return of(tenantCode, key -> config.getOptionalValue(key, String.class));
  }

  SigningKey of(String tenantCode, Function<String, Optional<String>> lookup) {
    String tenantPrefix = "irt.tenant." + tenantCode + ".signing.";
    String prefix =
        lookup.apply(tenantPrefix + "keystore").isPresent() ? tenantPrefix : "irt.signing.";
    Optional<String> keystore = lookup.apply(prefix + "keystore");
    if (keystore.isPresent()) {
      return SigningKeyStore.load(
          Path.of(keystore.get()),
          lookup.apply(prefix + "password").orElse(null),
          lookup.apply(prefix + "alias").orElse(null));
    }
    if (!lookup.apply("irt.demo.enabled").map(Boolean::parseBoolean).orElse(true)) {
      throw new IllegalStateException(
          "No signing certificate for "
              + tenantCode
              + ": set "
              + tenantPrefix
              + "keystore and "
              + tenantPrefix
              + "password (or irt.signing.keystore and irt.signing.password)");
    }
    return demoKeys.computeIfAbsent(
        tenantCode,
        code -> {
          LOG.warning(
              "No signing keystore for "
                  + code
                  + ": documents are signed with a demo self-signed certificate");
          return DemoCertificates.selfSigned(code, clock.instant());
        });
  }
}
