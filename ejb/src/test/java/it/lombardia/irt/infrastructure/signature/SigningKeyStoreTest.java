package it.lombardia.irt.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyStoreTest {

  private static final String PASSWORD = "changeit-niguarda";
  private static final SigningKey KEY =
      DemoCertificates.selfSigned("ASST-NIGUARDA", Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir Path dir;

  private Path keystore() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("root", KEY.certificate());
    store.setKeyEntry(
        "referti", KEY.privateKey(), PASSWORD.toCharArray(), new Certificate[] {KEY.certificate()});
    Path path = dir.resolve("niguarda.p12");
    try (OutputStream out = Files.newOutputStream(path)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return path;
  }

  @Test
  void theKeyUnderItsAliasIsLoadedWithItsChain() throws Exception {
    SigningKey loaded = SigningKeyStore.load(keystore(), PASSWORD, "referti");

    assertEquals(KEY.certificate(), loaded.certificate());
    assertEquals(1, loaded.chain().size());
    assertEquals(KEY.privateKey(), loaded.privateKey());
  }

  @Test
  void withoutAnAliasTheFirstKeyEntryIsLoaded() throws Exception {
    assertEquals(KEY.certificate(), SigningKeyStore.load(keystore(), PASSWORD, null).certificate());
  }

  @Test
  void aWrongPasswordIsReportedAsSuch() throws Exception {
    Path path = keystore();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> SigningKeyStore.load(path, "wrong", "referti"));
    assertEquals("Wrong password for the signing keystore " + path, e.getMessage());
  }

  @Test
  void anAliasThatIsNoKeyIsRefused() throws Exception {
    Path path = keystore();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> SigningKeyStore.load(path, PASSWORD, "root"));
    assertTrue(e.getMessage().contains("no private key entry \"root\""), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path path = dir.resolve("missing.p12");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SigningKeyStore.load(path, PASSWORD, null));
    assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
  }
}
