package it.lombardia.irt.infrastructure.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.PKIXParameters;
import java.util.Collections;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The keys the Region trusts to sign uploaded plug-ins, and the check {@code jarsigner -verify}
 * does plus trust: every entry of the jar is signed, its digest matches, and a signer's certificate
 * chains (PKIX, no revocation check) to a certificate of the trust store. Reading a signature runs
 * no code of the jar.
 */
final class TrustedSigners {

  private final PKIXParameters trust;

  private TrustedSigners(PKIXParameters trust) {
    this.trust = trust;
  }

  /** The trusted certificates of a PKCS#12 trust store. */
  static TrustedSigners from(Path trustStore, String password) throws PluginLoadException {
    try (InputStream in = Files.newInputStream(trustStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password == null ? null : password.toCharArray());
      PKIXParameters trust = new PKIXParameters(store);
      trust.setRevocationEnabled(false);
      return new TrustedSigners(trust);
    } catch (IOException | GeneralSecurityException e) {
      throw new PluginLoadException(
          "signed plug-ins are required but the Region's trust store cannot be read");
    }
  }

  void requireSigned(Path jar) throws PluginLoadException {
    try (JarFile file = new JarFile(jar.toFile(), true)) {
      boolean signed = false;
      for (JarEntry entry : Collections.list(file.entries())) {
        if (entry.isDirectory() || isSignatureFile(entry.getName())) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          in.transferTo(OutputStream.nullOutputStream()); // reading to the end checks the digest
        }
        if (!trusted(entry.getCodeSigners())) {
          throw new PluginLoadException(
              "the jar's entry "
                  + entry.getName()
                  + " is not signed by a key the Region trusts (irt.plugins.signature.*)");
        }
        signed = true;
      }
      if (!signed) {
        throw new PluginLoadException("the jar is empty");
      }
    } catch (SecurityException e) {
      throw new PluginLoadException(
          "the jar's signature does not match its content: " + e.getMessage());
    } catch (IOException e) {
      throw new PluginLoadException("the jar cannot be read: " + e.getMessage());
    }
  }

  private boolean trusted(CodeSigner[] signers) {
    if (signers == null) {
      return false;
    }
    for (CodeSigner signer : signers) {
      try {
        CertPathValidator.getInstance("PKIX").validate(signer.getSignerCertPath(), trust);
        return true;
      } catch (GeneralSecurityException untrusted) {
        // try the next signer
      }
    }
    return false;
  }

  /** The manifest and the signature files, which jarsigner itself leaves unsigned. */
  private static boolean isSignatureFile(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
      return false;
    }
    return upper.equals("META-INF/MANIFEST.MF")
        || upper.endsWith(".SF")
        || upper.endsWith(".RSA")
        || upper.endsWith(".DSA")
        || upper.endsWith(".EC")
        || upper.startsWith("META-INF/SIG-");
  }
}
