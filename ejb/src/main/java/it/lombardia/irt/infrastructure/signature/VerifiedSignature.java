package it.lombardia.irt.infrastructure.signature;

import java.time.Instant;

/**
 * What {@link PdfSignatures} found about one signature of a PDF.
 *
 * @param signerSubject the signer certificate's subject (RFC 2253), {@code null} if the signature
 *     carries none that matches its signer
 * @param subFilter the signature's format, e.g. {@code ETSI.CAdES.detached} for PAdES
 * @param signatureValid whether the CMS signature verifies over the bytes its ByteRange names
 * @param coversWholeDocument whether those bytes are the whole file but the signature itself, that
 *     is nothing was appended after signing (true only for a document's last signature)
 * @param signingTime the claimed signing time ({@code /M}), {@code null} if absent
 */
public record VerifiedSignature(
    String signerSubject,
    String subFilter,
    boolean signatureValid,
    boolean coversWholeDocument,
    Instant signingTime) {

  /** Whether the document is exactly as signed: the signature verifies and covers it all. */
  public boolean intact() {
    return signatureValid && coversWholeDocument;
  }
}
