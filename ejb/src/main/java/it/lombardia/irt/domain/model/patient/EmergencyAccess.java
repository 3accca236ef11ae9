package it.lombardia.irt.domain.model.patient;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * "Break the glass": a professional outside the care team opens a patient's record in an emergency,
 * giving a reason. The access lasts a limited time and stays flagged until the ASST reviews it.
 */
@Entity
@Table(name = "emergency_access")
@Audited
public class EmergencyAccess extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "reviewed_by", length = 80)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Version @NotAudited private long version;

  protected EmergencyAccess() {}

  public EmergencyAccess(
      Long patientId, String username, String reason, Instant now, Duration validity) {
    this.patientId = patientId;
    this.username = username;
    this.reason = reason;
    this.grantedAt = now;
    this.expiresAt = now.plus(validity);
  }

  public boolean isActiveAt(Instant now) {
    return expiresAt.isAfter(now);
  }

  public void markReviewed(String reviewer, Instant now) {
    this.reviewedBy = reviewer;
    this.reviewedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getUsername() {
    return username;
  }

  public String getReason() {
    return reason;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
