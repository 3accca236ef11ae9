package it.lombardia.irt.infrastructure.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed signing certificate for an ASST of the demo installation, so that its documents are
 * signed like a real installation's without a certification authority. No verifier trusts it: a
 * real installation configures the ASST's qualified certificate instead.
 */
public final class DemoCertificates {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int VALIDITY_YEARS = 10;

  private DemoCertificates() {}

  /**
   * A new RSA 2048 key and its certificate {@code CN=IRT demo signer <CODE>, O=<CODE>, C=IT}, valid
   * from {@code now} for ten years, for digital signature and non-repudiation.
   */
  public static SigningKey selfSigned(String tenantCode, Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      KeyPair pair = generator.generateKeyPair();
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, "IT")
              .addRDN(BCStyle.O, tenantCode)
              .addRDN(BCStyle.CN, "IRT demo signer " + tenantCode)
              .build();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(127, RANDOM).add(BigInteger.ONE),
              Date.from(now),
              Date.from(now.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant()),
              subject,
              pair.getPublic());
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new SigningKey(pair.getPrivate(), List.of(certificate));
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException(
          "Cannot make the demo signing certificate of " + tenantCode, e);
    }
  }
}
