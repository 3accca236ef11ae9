package it.lombardia.irt.infrastructure.signature;

import it.lombardia.irt.domain.model.shared.Italy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B (ETSI EN 319 142-1), the form Italian and European validators
 * accept for signed documents: an incremental update adds a signature dictionary with sub-filter
 * {@code ETSI.CAdES.detached} whose contents is a DER CMS SignedData over the rest of the file,
 * SHA-256, with the signer's certificate bound by the signing-certificate-v2 attribute. The claimed
 * signing time is the dictionary's {@code /M}; PAdES forbids the CMS signing-time attribute.
 *
 * <p>The RSA or ECDSA signature is made by the JDK's own providers, so BouncyCastle needs no
 * registration as a security provider in the server. Safe for concurrent use.
 */
public final class PadesSigner {

  /** Room reserved for the CMS beyond its certificates: signature value, attributes, structure. */
  private static final int CMS_OVERHEAD = 4096;

  private PadesSigner() {}

  /**
   * Signs {@code pdf}, keeping its bytes unchanged before the signature's incremental update.
   *
   * @param signerName who signs, shown by PDF readers; may be {@code null}
   * @param reason why, e.g. "Referto di televisita"; may be {@code null}
   * @param location where; may be {@code null}
   * @param signingTime the claimed signing time ({@code /M}), to the second
   * @return the signed PDF
   * @throws UncheckedIOException if {@code pdf} cannot be read or the signed file cannot be written
   * @throws IllegalStateException if the key cannot sign (neither RSA nor EC, or refused)
   */
  public static byte[] sign(
      byte[] pdf,
      SigningKey key,
      String signerName,
      String reason,
      String location,
      Instant signingTime) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signingTime, "signingTime");
    PDSignature signature = new PDSignature();
    signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
    signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
    signature.setName(signerName);
    signature.setReason(reason);
    signature.setLocation(location);
    signature.setSignDate(GregorianCalendar.from(signingTime.atZone(Italy.ZONE)));
    try (PDDocument document = Loader.loadPDF(Objects.requireNonNull(pdf, "pdf"));
        SignatureOptions options = new SignatureOptions()) {
      options.setPreferredSignatureSize(CMS_OVERHEAD + encodedLength(key));
      document.addSignature(signature, content -> cms(content, key), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CMS_OVERHEAD);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sign the PDF", e);
    }
  }

  private static byte[] cms(InputStream content, SigningKey key) throws IOException {
    try {
      X509Certificate certificate = key.certificate();
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(signedAttributes(certificate))
              .build(
                  new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key.privateKey()),
                  certificate));
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IllegalStateException("Cannot make the CMS signature", e);
    }
  }

  /**
   * BouncyCastle's standard signed attributes (content type, message digest, algorithm protection)
   * and signing-certificate-v2, without signing time.
   */
  private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
      throws GeneralSecurityException {
    X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
    ESSCertIDv2 certId =
        new ESSCertIDv2(
            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
            new IssuerSerial(
                new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
    AttributeTable extra =
        new AttributeTable(
            new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
    DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(extra);
    return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
  }

  private static String signatureAlgorithm(SigningKey key) {
    return switch (key.privateKey().getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      default ->
          throw new IllegalStateException(
              "Cannot sign with a " + key.privateKey().getAlgorithm() + " key: RSA or EC only");
    };
  }

  private static int encodedLength(SigningKey key) {
    int length = 0;
    for (X509Certificate certificate : key.chain()) {
      try {
        length += certificate.getEncoded().length;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Cannot encode the signer's certificate chain", e);
      }
    }
    return length;
  }
}
