package it.lombardia.irt.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.report.TableReport;
import it.lombardia.irt.infrastructure.pdf.TableReportPdf;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class PadesSignerTest {

  private static final Instant SIGNED_AT = Instant.parse("2026-11-23T10:15:30Z");
  private static final SigningKey KEY = DemoCertificates.selfSigned("ASST-TEST", SIGNED_AT);

  private static byte[] sign(byte[] pdf) {
    return PadesSigner.sign(
        pdf, KEY, "Dr. Mario Rossi", "Referto di televisita", "Milano", SIGNED_AT);
  }

  @Test
  void aSignedRefertoHasOneIntactSignatureOfTheTenantCoveringTheWholeFile() throws Exception {
    byte[] original = TestPdfs.referto();
    byte[] signed = sign(original);

    assertArrayEquals(original, Arrays.copyOf(signed, original.length), "incremental update");
    List<VerifiedSignature> signatures = PdfSignatures.verify(signed);
    assertEquals(1, signatures.size());
    VerifiedSignature signature = signatures.get(0);
    assertEquals("CN=IRT demo signer ASST-TEST,O=ASST-TEST,C=IT", signature.signerSubject());
    assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.subFilter());
    assertTrue(signature.signatureValid());
    assertTrue(signature.coversWholeDocument());
    assertTrue(signature.intact());
    assertEquals(SIGNED_AT, signature.signingTime());
  }

  @Test
  void aByteChangedInTheSignedContentBreaksTheSignature() throws Exception {
    byte[] signed = sign(TestPdfs.referto());
    int title = indexOf(signed, TestPdfs.TITLE.getBytes(StandardCharsets.US_ASCII));
    signed[title] = 'X';

    VerifiedSignature signature = PdfSignatures.verify(signed).get(0);
    assertEquals(KEY.certificate().getSubjectX500Principal().getName(), signature.signerSubject());
    assertFalse(signature.signatureValid());
    assertFalse(signature.intact());
    assertTrue(signature.coversWholeDocument());
  }

  @Test
  void anythingAppendedAfterSigningIsNotCovered() throws Exception {
    byte[] signed = sign(TestPdfs.referto());
    byte[] extended = Arrays.copyOf(signed, signed.length + 2);
    extended[signed.length] = '%';
    extended[signed.length + 1] = '\n';

    VerifiedSignature signature = PdfSignatures.verify(extended).get(0);
    assertTrue(signature.signatureValid());
    assertFalse(signature.coversWholeDocument());
    assertFalse(signature.intact());
  }

  @Test
  void aReportWithObjectStreamsIsSignedToo() {
    byte[] report =
        TableReportPdf.render(
            new TableReport(
                "Diario", null, List.of("Data", "Nota"), null, List.of(List.of("1", "a")), null));

    assertTrue(PdfSignatures.verify(sign(report)).get(0).intact());
  }

  @Test
  void anEcKeySignsToo() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("C=IT,O=ASST-EC,CN=EC signer");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        Date.from(SIGNED_AT),
                        Date.from(SIGNED_AT.plusSeconds(3600)),
                        name,
                        pair.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    SigningKey ec = new SigningKey(pair.getPrivate(), List.of(certificate));

    byte[] signed = PadesSigner.sign(TestPdfs.referto(), ec, null, null, null, SIGNED_AT);

    VerifiedSignature signature = PdfSignatures.verify(signed).get(0);
    assertTrue(signature.intact());
    assertEquals("CN=EC signer,O=ASST-EC,C=IT", signature.signerSubject());
  }

  @Test
  void theSignatureIsPadesBaselineForAnIndependentCmsVerifier() throws Exception {
    byte[] signed = sign(TestPdfs.referto());

    byte[] contents;
    byte[] signedContent;
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertEquals(PDSignature.FILTER_ADOBE_PPKLITE.getName(), signature.getFilter());
      assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
      assertEquals(SIGNED_AT, signature.getSignDate().toInstant());
      contents = signature.getContents(signed);
      signedContent = signature.getSignedContent(signed);
    }
    CMSSignedData cms;
    try (ASN1InputStream padded = new ASN1InputStream(contents)) {
      cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signedContent),
              ContentInfo.getInstance(padded.readObject()));
    }
    assertTrue(cms.isDetachedSignature());
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    X509CertificateHolder certificate =
        (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    assertArrayEquals(KEY.certificate().getEncoded(), certificate.getEncoded());
    assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));
    assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");

    Attribute attribute =
        signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    assertNotNull(attribute, "signing-certificate-v2");
    SigningCertificateV2 signingCertificate =
        SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
    assertArrayEquals(
        MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
        signingCertificate.getCerts()[0].getCertHash());
    assertNull(
        signer.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES: no signing-time");
  }

  private static int indexOf(byte[] data, byte[] part) {
    for (int i = 0; i + part.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
