package it.lombardia.irt.domain.model.helpdesk;

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
 * A file attached to a ticket (a photo of the broken device, a report, a log), readable by whoever
 * reaches the ticket. Its type is the one detected from its bytes, never only the declared one. The
 * content is kept once — Envers records who attached what, not a second copy of the bytes — with
 * its SHA-256 for integrity. Attachments are never changed; a wrong one stays in the history.
 */
@Entity
@Table(name = "ticket_attachment")
@Audited
public class TicketAttachment extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

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

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected TicketAttachment() {}

  public TicketAttachment(
      Ticket ticket,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.ticketId = ticket.getId();
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = content.length;
    this.content = content;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
