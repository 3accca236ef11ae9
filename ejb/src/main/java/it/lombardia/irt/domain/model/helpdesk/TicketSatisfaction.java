package it.lombardia.irt.domain.model.helpdesk;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The requester's answer to the one question asked when their ticket is resolved or closed ("how
 * satisfied are you?", 1 to 5, with an optional comment). One per ticket, kept with the ticket's
 * ASST; the Region sees only averages per centre and ASST.
 */
@Entity
@Table(name = "ticket_satisfaction")
public class TicketSatisfaction extends TenantOwnedEntity {

  public static final int COMMENT_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false, unique = true)
  private Long ticketId;

  @Column(nullable = false, updatable = false)
  private int score;

  @Column(name = "comment_text", updatable = false, length = COMMENT_MAX)
  private String comment;

  @Column(name = "answered_by", nullable = false, updatable = false, length = 80)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  protected TicketSatisfaction() {}

  private TicketSatisfaction(
      Long ticketId, int score, String comment, String answeredBy, Instant answeredAt) {
    this.ticketId = ticketId;
    this.score = score;
    this.comment = comment;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
  }

  /**
   * The answer about {@code ticket}, once it is resolved or closed; the caller has checked the
   * score (1 to 5) and the comment's length.
   */
  public static TicketSatisfaction of(
      Ticket ticket, int score, String comment, String by, Instant at) {
    require(
        ticket.getState() == TicketState.RESOLVED || ticket.getState() == TicketState.CLOSED,
        "error.ticket.satisfaction.early",
        "the question is asked once the ticket is resolved or closed");
    return new TicketSatisfaction(ticket.getId(), score, comment, by, at);
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
