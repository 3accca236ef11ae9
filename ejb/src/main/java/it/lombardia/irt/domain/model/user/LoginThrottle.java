package it.lombardia.irt.domain.model.user;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins in a row for one username as typed (whether or not such an account exists, so
 * that throttling reveals nothing) or for one client address, and until when further attempts are
 * refused. A throttle delays; it never locks: once the delay is over the right password works, and
 * a success clears the username's throttle. It belongs to the account's ASST, so that ASST's
 * administrators see and lift it; address throttles and unknown usernames belong to the Region. Its
 * starts and lifts are kept as {@link LoginThrottleEvent}s; the counters themselves are not
 * audited.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends TenantOwnedEntity {

  /** What a throttle counts failures of. */
  public enum Kind {
    ACCOUNT,
    ADDRESS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 10)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 80)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected LoginThrottle() {}

  /** A new throttle, for region-level code (login runs before any tenant is known). */
  public LoginThrottle(Kind kind, String subject, String tenantCode, Instant now) {
    this.kind = kind;
    this.subject = subject;
    this.lastFailureAt = now;
    assignTenant(tenantCode);
  }

  public boolean blocksAt(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now);
  }

  /**
   * Counts a failed attempt made while not blocked.
   *
   * @return whether this failure starts a block
   */
  public boolean recordFailure(Instant now, ThrottlePolicy policy) {
    if (lastFailureAt.plus(policy.forgetAfter()).isBefore(now)) {
      failures = 0;
      blockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    Duration delay = policy.delayAfter(failures);
    if (delay.isZero()) {
      return false;
    }
    blockedUntil = now.plus(delay);
    return true;
  }

  /** Whether it still matters: blocking now, or one failure away from blocking again. */
  public boolean isCurrentAt(Instant now, ThrottlePolicy policy) {
    return blockedUntil != null && !lastFailureAt.plus(policy.forgetAfter()).isBefore(now);
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }

  public Instant getBlockedUntil() {
    return blockedUntil;
  }
}
