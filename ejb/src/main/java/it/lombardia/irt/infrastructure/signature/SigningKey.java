package it.lombardia.irt.infrastructure.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What a document is signed with: a private key and its certificate chain, the signer's own
 * certificate first, so that a verifier finds in the signature the certificates it needs to build
 * the path to a trusted root.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

  /** Refuses a key without its certificate; the chain is copied. */
  public SigningKey {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A signing key needs its certificate");
    }
  }

  /** The signer's certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }
}
