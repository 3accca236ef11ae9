package it.lombardia.irt.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantSigningKeysTest {

  @TempDir Path dir;

  private static Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  private Path keystore(String name, SigningKey key, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        name, key.privateKey(), password.toCharArray(), new Certificate[] {key.certificate()});
    Path path = dir.resolve(name + ".p12");
    try (OutputStream out = Files.newOutputStream(path)) {
      store.store(out, password.toCharArray());
    }
    return path;
  }

  @Test
  void aTenantKeystoreWinsOverTheInstallationsAndTakesItsOwnPasswordAndAlias() throws Exception {
    Instant now = Instant.now();
    SigningKey tenant = DemoCertificates.selfSigned("ASST-NIGUARDA", now);
    SigningKey installation = DemoCertificates.selfSigned("REGIONE", now);
    Map<String, String> values =
        Map.of(
            "irt.tenant.ASST-NIGUARDA.signing.keystore",
            keystore("niguarda", tenant, "tenant-password").toString(),
            "irt.tenant.ASST-NIGUARDA.signing.password",
            "tenant-password",
            "irt.signing.keystore",
            keystore("regione", installation, "region-password").toString(),
            "irt.signing.password",
            "region-password",
            "irt.signing.alias",
            "regione");
    TenantSigningKeys keys = new TenantSigningKeys();

    assertEquals(tenant.certificate(), keys.of("ASST-NIGUARDA", config(values)).certificate());
    assertEquals(installation.certificate(), keys.of("ASST-LECCO", config(values)).certificate());
  }

  @Test
  void withoutAKeystoreTheDemoSignsWithOneSelfSignedCertificatePerTenant() {
    TenantSigningKeys keys = new TenantSigningKeys();
    keys.clock = Clock.systemUTC();

    SigningKey niguarda = keys.of("ASST-NIGUARDA", config(Map.of()));
    assertSame(niguarda, keys.of("ASST-NIGUARDA", config(Map.of("irt.demo.enabled", "true"))));
    assertNotSame(niguarda, keys.of("ASST-LECCO", config(Map.of())));
    assertEquals(
        "CN=IRT demo signer ASST-NIGUARDA,O=ASST-NIGUARDA,C=IT",
        niguarda.certificate().getSubjectX500Principal().getName());
  }

  @Test
  void withoutAKeystoreOutsideTheDemoTheKeysToSetAreNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new TenantSigningKeys()
                    .of("ASST-NIGUARDA", config(Map.of("irt.demo.enabled", "false"))));
    assertTrue(
        e.getMessage().contains("irt.tenant.ASST-NIGUARDA.signing.keystore"), e.getMessage());
    assertTrue(e.getMessage().contains("irt.signing.keystore"), e.getMessage());
  }
}
