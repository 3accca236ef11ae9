package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a ticket's timeline: a state it entered, a public reply (the requester reads it), an
 * internal note (only the centre's operators do), a supplier's note (public, from level 2) or a
 * file attached. Append-only, so the state lines are the history the SLA clocks are computed from.
 */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry extends TenantOwnedEntity {

  public enum Kind {
    STATE,
    PUBLIC_REPLY,
    INTERNAL_NOTE,
    SUPPLIER_NOTE,
    /** A file attached to the ticket: the text names it. */
    ATTACHMENT
  }

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  /** The state entered, on a state line. */
  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private TicketState state;

  @Column(updatable = false, length = TEXT_MAX)
  private String text;

  @Column(nullable = false, updatable = false, length = 80)
  private String author;

  /** Whether the author wrote as an operator of the centre (a reply then answers the requester). */
  @Column(name = "by_operator", nullable = false, updatable = false)
  private boolean byOperator;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected TicketEntry() {}

  private TicketEntry(
      Long ticketId,
      Kind kind,
      TicketState state,
      String text,
      String author,
      boolean byOperator,
      Instant writtenAt) {
    this.ticketId = ticketId;
    this.kind = kind;
    this.state = state;
    this.text = text;
    this.author = author;
    this.byOperator = byOperator;
    this.writtenAt = writtenAt;
  }

  /** The state the ticket has just entered, with an optional comment. */
  public static TicketEntry stateOf(
      Ticket ticket, String comment, String author, boolean byOperator, Instant at) {
    return new TicketEntry(
        ticket.getId(), Kind.STATE, ticket.getState(), comment, author, byOperator, at);
  }

  public static TicketEntry reply(
      Ticket ticket, boolean internal, String text, String author, boolean byOperator, Instant at) {
    return new TicketEntry(
        ticket.getId(),
        internal ? Kind.INTERNAL_NOTE : Kind.PUBLIC_REPLY,
        null,
        text,
        author,
        byOperator,
        at);
  }

  /** A public note of the supplier the ticket is escalated to, {@code author} its client id. */
  public static TicketEntry supplierNote(Ticket ticket, String text, String author, Instant at) {
    return new TicketEntry(ticket.getId(), Kind.SUPPLIER_NOTE, null, text, author, false, at);
  }

  /** A file attached to the ticket, {@code text} its name and size. */
  public static TicketEntry attachment(
      Ticket ticket, String text, String author, boolean byOperator, Instant at) {
    return new TicketEntry(ticket.getId(), Kind.ATTACHMENT, null, text, author, byOperator, at);
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Kind getKind() {
    return kind;
  }

  public TicketState getState() {
    return state;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public boolean isByOperator() {
    return byOperator;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
