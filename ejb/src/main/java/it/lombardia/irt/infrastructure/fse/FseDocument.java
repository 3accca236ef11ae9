package it.lombardia.irt.infrastructure.fse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed telemedicine document as the FSE receives it: who it is about, who wrote it, for which
 * ASST, its text by sections and the signed PDF.
 *
 * @param documentId a UUID, the same every time this document is sent, so the receiver can
 *     recognise a document it already has
 * @param patientBirthDate {@code null} if unknown
 * @param patientSex {@code "M"}, {@code "F"} or {@code null} if unknown
 * @param authorUsername the author's IRT account, which also signed the document
 * @param createdAt when the author signed the document, which made it final
 * @param signedPdf the digitally signed PDF (PAdES), the legally binding form of the document
 * @param replacesDocumentId the {@code documentId} of the document this one replaces (a care plan's
 *     earlier version), or {@code null}
 */
public record FseDocument(
    String documentId,
    String tenantCode,
    String tenantName,
    String patientFiscalCode,
    String patientFamilyName,
    String patientGivenName,
    LocalDate patientBirthDate,
    String patientSex,
    String authorUsername,
    String authorName,
    DocumentKind kind,
    String title,
    Instant createdAt,
    List<Section> sections,
    byte[] signedPdf,
    String replacesDocumentId) {

  /** One titled part of the document's text, plain text with line breaks. */
  public record Section(String title, String text) {

    public Section {
      requireText(title, "section title");
      requireText(text, "section text");
    }
  }

  public FseDocument {
    Objects.requireNonNull(documentId, "documentId");
    if (!UUID.fromString(documentId).toString().equals(documentId)) {
      throw new IllegalArgumentException("documentId must be a lower-case UUID: " + documentId);
    }
    requireText(tenantCode, "tenantCode");
    requireText(tenantName, "tenantName");
    requireText(patientFiscalCode, "patientFiscalCode");
    requireText(patientFamilyName, "patientFamilyName");
    requireText(patientGivenName, "patientGivenName");
    if (patientSex != null && !patientSex.equals("M") && !patientSex.equals("F")) {
      throw new IllegalArgumentException("patientSex must be M, F or null: " + patientSex);
    }
    requireText(authorUsername, "authorUsername");
    requireText(authorName, "authorName");
    Objects.requireNonNull(kind, "kind");
    requireText(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    if (Objects.requireNonNull(signedPdf, "signedPdf").length == 0) {
      throw new IllegalArgumentException("signedPdf is empty");
    }
    signedPdf = signedPdf.clone();
    if (replacesDocumentId != null
        && !UUID.fromString(replacesDocumentId).toString().equals(replacesDocumentId)) {
      throw new IllegalArgumentException("replacesDocumentId must be a lower-case UUID");
    }
  }

  /** A copy: the document is immutable. */
  @Override
  public byte[] signedPdf() {
    return signedPdf.clone();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is missing");
    }
  }
}
