package it.lombardia.irt.infrastructure.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;

/**
 * Reads an ASST's signing key from the PKCS#12 file its certification authority issued, the format
 * smart-card and remote-signature providers export. The key's password is the file's, as PKCS#12
 * tools write them.
 */
public final class SigningKeyStore {

  private SigningKeyStore() {}

  /**
   * The key under {@code alias}, or under the file's first key entry when {@code alias} is {@code
   * null}.
   *
   * @throws IllegalStateException if the file cannot be read, the password is wrong or there is no
   *     such key entry: the message names the file
   */
  public static SigningKey load(Path path, String password, String alias) {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    KeyStore store = open(path, secret);
    try {
      String entry = alias != null ? alias : firstKeyEntry(store, path);
      if (!store.isKeyEntry(entry)) {
        throw new IllegalStateException(
            "The signing keystore " + path + " has no private key entry \"" + entry + "\"");
      }
      Certificate[] chain = store.getCertificateChain(entry);
      return new SigningKey(
          (PrivateKey) store.getKey(entry, secret),
          Arrays.stream(chain).map(X509Certificate.class::cast).toList());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the key in the signing keystore " + path, e);
    }
  }

  private static KeyStore open(Path path, char[] secret) {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, secret);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new IllegalStateException("Wrong password for the signing keystore " + path, e);
      }
      throw new IllegalStateException("Cannot read the signing keystore " + path, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the signing keystore " + path, e);
    }
  }

  private static String firstKeyEntry(KeyStore store, Path path) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new IllegalStateException("The signing keystore " + path + " holds no private key");
  }
}
