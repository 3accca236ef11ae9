package it.lombardia.irt.domain.model.user;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.domain.model.user.LoginThrottle.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The audit trail of login throttles, append-only: a throttle started blocking (by whom is unknown:
 * the actor is {@code anonymous}, the address is the one the failures came from) or an
 * administrator lifted it (their username and address).
 */
@Entity
@Table(name = "login_throttle_event")
@Immutable
public class LoginThrottleEvent extends TenantOwnedEntity {

  /** What happened to the throttle. */
  public enum Type {
    LOCKED,
    LIFTED
  }

  public static final String ANONYMOUS = "anonymous";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 10)
  private Type type;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 10)
  private Kind kind;

  @Column(nullable = false, length = 80)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  @Column(nullable = false, length = 80)
  private String actor;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected LoginThrottleEvent() {}

  public LoginThrottleEvent(
      Type type, LoginThrottle throttle, String actor, String clientAddress, Instant now) {
    this.type = type;
    this.kind = throttle.getKind();
    this.subject = throttle.getSubject();
    this.failures = throttle.getFailures();
    this.blockedUntil = throttle.getBlockedUntil();
    this.actor = actor;
    this.clientAddress = clientAddress;
    this.occurredAt = now;
    assignTenant(throttle.getTenantCode());
  }

  public Long getId() {
    return id;
  }

  public Type getType() {
    return type;
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

  public Instant getBlockedUntil() {
    return blockedUntil;
  }

  public String getActor() {
    return actor;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
