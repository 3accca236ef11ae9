package it.lombardia.irt.domain.model.user;

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

/**
 * A password reset a service centre's operator started for an account, on an application ticket,
 * after checking the caller's identity: a link sent to the account's e-mail address lets its owner
 * choose a new password once, before it expires, in the account's ASST only. Only the SHA-256 of
 * the link's token is stored, so the database cannot give a link away; a newer reset of the same
 * account supersedes this one. The row is the reset's audit trail (who, on which ticket, from
 * where; when and from where the link was used).
 */
@Entity
@Table(name = "password_reset")
public class PasswordResetToken extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
  private String tokenSha256;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 80)
  private String requestedBy;

  @Column(name = "requested_from", updatable = false, length = 64)
  private String requestedFrom;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "used_from", length = 64)
  private String usedFrom;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Version private long version;

  protected PasswordResetToken() {}

  /**
   * A reset of {@code account}, valid for {@code validity} from {@code now}, started by the
   * operator {@code requestedBy} from {@code requestedFrom} on the ticket {@code ticketId}.
   */
  public PasswordResetToken(
      UserAccount account,
      String tokenSha256,
      long ticketId,
      String requestedBy,
      String requestedFrom,
      Instant now,
      Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a reset link must be valid for some time");
    }
    this.userId = account.getId();
    this.tokenSha256 = tokenSha256;
    this.ticketId = ticketId;
    this.requestedBy = requestedBy;
    this.requestedFrom = requestedFrom;
    this.createdAt = now;
    this.expiresAt = now.plus(validity);
    assignTenant(account.getTenantCode());
  }

  /**
   * Whether the link still sets a password when opened for the ASST {@code tenantCode} at {@code
   * now}: never used, not superseded, not expired, and of that ASST.
   */
  public boolean isUsableIn(String tenantCode, Instant now) {
    return usedAt == null
        && supersededAt == null
        && now.isBefore(expiresAt)
        && getTenantCode() != null
        && getTenantCode().equals(tenantCode);
  }

  /**
   * The link sets the password now, from {@code address}; it works once.
   *
   * @throws IllegalStateException if it is not usable in {@code tenantCode} at {@code now}
   */
  public void use(String tenantCode, Instant now, String address) {
    if (!isUsableIn(tenantCode, now)) {
      throw new IllegalStateException("this password reset link no longer works");
    }
    this.usedAt = now;
    this.usedFrom = address;
  }

  /** A newer reset of the same account was started: this link stops working. */
  public void supersede(Instant now) {
    if (usedAt == null && supersededAt == null) {
      supersededAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getRequestedFrom() {
    return requestedFrom;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public String getUsedFrom() {
    return usedFrom;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }
}
