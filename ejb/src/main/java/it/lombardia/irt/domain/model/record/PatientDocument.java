package it.lombardia.irt.domain.model.record;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A document in the patient's record (e.g. a scanned signed consent form). The content is kept once
 * — Envers records who added it, not a second copy of the bytes — with its SHA-256 for integrity.
 */
@Entity
@Table(name = "patient_document")
@Audited
public class PatientDocument extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false, length = 200)
  private String title;

  @Column(name = "content_type", nullable = false, updatable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @NotAudited
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 80)
  private String uploadedBy;

  @NotAudited
  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected PatientDocument() {}

  public PatientDocument(
      Long patientId,
      String title,
      String contentType,
      byte[] content,
      String sha256,
      String uploadedBy,
      Instant now) {
    this.patientId = patientId;
    this.title = title;
    this.contentType = contentType;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getTitle() {
    return title;
  }

  public String getContentType() {
    return contentType;
  }

  /** The name it is downloaded under: {@code documento-<id>.pdf} (or jpeg, png). */
  public String fileName() {
    return "documento-" + id + "." + contentType.substring(contentType.indexOf('/') + 1);
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
