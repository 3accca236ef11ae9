package it.lombardia.irt.domain.model.encounter;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/**
 * A personal link through which the patient or a caregiver joins one encounter without an account.
 * Only the SHA-256 of its token is stored, so the database cannot give a link away; it expires and
 * may be revoked.
 */
@Entity
@Table(name = "patient_link")
@Audited
public class PatientLink extends TenantOwnedEntity {

  /** The start of a link holder's name: {@code link:<id>}. */
  public static final String HOLDER_PREFIX = "link:";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "encounter_id", nullable = false, updatable = false)
  private Long encounterId;

  @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
  private String tokenSha256;

  /** The caregiver the link is for; none when it is the patient's. */
  @Column(name = "caregiver_id", updatable = false)
  private Long caregiverId;

  @Column(name = "display_name", nullable = false, updatable = false, length = 200)
  private String displayName;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 80)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean revoked;

  protected PatientLink() {}

  public PatientLink(
      Long encounterId,
      String tokenSha256,
      Long caregiverId,
      String displayName,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {
    this.encounterId = encounterId;
    this.tokenSha256 = tokenSha256;
    this.caregiverId = caregiverId;
    this.displayName = displayName;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Whether the link opens {@code encounterId} at {@code now}. */
  public boolean opens(long encounterId, Instant now) {
    return !revoked && this.encounterId == encounterId && now.isBefore(expiresAt);
  }

  public void revoke() {
    revoked = true;
  }

  /** The encounter moved: a link still in force lasts until {@code expiresAt} instead. */
  public void followTo(Instant expiresAt) {
    if (!revoked) {
      this.expiresAt = expiresAt;
    }
  }

  /**
   * How the holder is named to the video provider: their initials ("L. C."), never the full name,
   * which stays inside IRT.
   */
  public String videoName() {
    return Arrays.stream(displayName.trim().split("[\\s'’-]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
        .collect(Collectors.joining(" "));
  }

  /** How the link's holder is named in the attendance and as the caller. */
  public String attendee() {
    return HOLDER_PREFIX + id;
  }

  /** Whether a caller's or an attendee's name is a link's holder ({@link #attendee}). */
  public static boolean isHolder(String name) {
    return name != null && name.startsWith(HOLDER_PREFIX);
  }

  public Long getId() {
    return id;
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public Long getCaregiverId() {
    return caregiverId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRevoked() {
    return revoked;
  }
}
