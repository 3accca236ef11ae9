package it.lombardia.irt.infrastructure.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the signatures of a PDF: that each is mathematically sound over the bytes it signs and
 * whether those bytes are the whole file, so that a document altered or extended after signing is
 * recognised. Whether the signer's certificate is trusted (its path to a qualified root, its
 * revocation) is a validation service's job and is not checked here.
 *
 * <p>Safe for concurrent use.
 */
public final class PdfSignatures {

  private PdfSignatures() {}

  /**
   * The signatures of {@code pdf}, in the order of the file's signature fields.
   *
   * @throws UncheckedIOException if {@code pdf} is not a readable PDF
   */
  public static List<VerifiedSignature> verify(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<VerifiedSignature> found = new ArrayList<>();
      for (PDSignature signature : document.getSignatureDictionaries()) {
        found.add(verify(signature, pdf));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PDF", e);
    }
  }

  private static VerifiedSignature verify(PDSignature signature, byte[] pdf) {
    Calendar signDate = signature.getSignDate();
    X509Certificate signer = null;
    boolean valid = false;
    try {
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(pdf)),
              contentInfo(signature.getContents(pdf)));
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() == 1) {
        SignerInformation information = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches =
            cms.getCertificates().getMatches(information.getSID());
        if (!matches.isEmpty()) {
          signer = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
          valid = information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        }
      }
    } catch (IOException
        | CMSException
        | OperatorCreationException
        | GeneralSecurityException unverifiable) {
      valid = false;
    }
    return new VerifiedSignature(
        signer == null ? null : signer.getSubjectX500Principal().getName(),
        signature.getSubFilter(),
        valid,
        coversWholeDocument(signature.getByteRange(), pdf),
        signDate == null ? null : signDate.toInstant());
  }

  /**
   * The CMS at the start of {@code /Contents}, without the zeros that pad it to its reserved size.
   */
  private static ContentInfo contentInfo(byte[] contents) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      ASN1Primitive cms = in.readObject();
      if (cms == null) {
        throw new IOException("The signature has no contents");
      }
      return ContentInfo.getInstance(cms);
    }
  }

  /**
   * Whether the two ranges start at the file's start, end at its end and leave out only the
   * signature's hexadecimal string.
   */
  private static boolean coversWholeDocument(int[] byteRange, byte[] pdf) {
    if (byteRange.length != 4 || byteRange[0] != 0) {
      return false;
    }
    int gapStart = byteRange[1];
    int gapEnd = byteRange[2];
    return gapStart > 0
        && gapStart < gapEnd
        && byteRange[3] >= 0
        && (long) gapEnd + byteRange[3] == pdf.length
        && pdf[gapStart] == '<'
        && pdf[gapEnd - 1] == '>';
  }
}
