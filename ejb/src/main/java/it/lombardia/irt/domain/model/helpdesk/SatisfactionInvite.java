package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The personal link, sent with a ticket's resolution to the patient or caregiver who asked, to
 * answer the closing question without an account: it opens that ticket's question only, until it
 * expires, and only while the question is unanswered (one answer per ticket). Only the token's
 * digest is kept. Append-only.
 */
@Entity
@Table(name = "ticket_satisfaction_invite")
public class SatisfactionInvite extends TenantOwnedEntity {

  /** How long the link answers. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
  private String tokenSha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected SatisfactionInvite() {}

  public SatisfactionInvite(Ticket ticket, String tokenSha256, Instant now) {
    this.ticketId = ticket.getId();
    this.tokenSha256 = tokenSha256;
    this.createdAt = now;
    this.expiresAt = now.plus(VALIDITY);
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
