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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SLA alert sent to a service centre's supervisor about one clock of one ticket: a warning when
 * the clock is about to breach, the breach itself. Each goes out once: the row is unique per
 * ticket, clock, level and round (the resolution clock of a reopened ticket runs a new round), and
 * {@link #due} says which alerts a ticket's clocks call for. Append-only, kept with the ticket's
 * ASST.
 */
@Entity
@Table(name = "ticket_sla_alert")
public class SlaAlert extends TenantOwnedEntity {

  /** Which of the ticket's two clocks. */
  public enum Target {
    FIRST_RESPONSE,
    RESOLUTION
  }

  public enum Level {
    /** The running clock has spent the warning share of its target. */
    WARNING,
    BREACH
  }

  /** An alert a ticket's clocks call for now. */
  public record Due(Target target, Level level, int round) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_clock", nullable = false, updatable = false, length = 20)
  private Target target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Level level;

  @Column(nullable = false, updatable = false)
  private int round;

  @Column(nullable = false, updatable = false, length = 80)
  private String supervisor;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected SlaAlert() {}

  public SlaAlert(Ticket ticket, Due due, String supervisor, Instant sentAt) {
    this.ticketId = ticket.getId();
    this.target = due.target();
    this.level = due.level();
    this.round = due.round();
    this.supervisor = supervisor;
    this.sentAt = sentAt;
  }

  /**
   * The alerts a ticket calls for now, whether sent before or not: per clock still to stop (no
   * first response yet; not resolved), a breach once breached, else a warning once it has spent
   * {@code warningFraction} of its target — the same test as the operators' "breaching soon". A
   * clock that breached before anyone looked gets the breach alone. The resolution clock's round
   * counts the reopenings in {@code history}, so a reopened ticket can be warned about again.
   */
  public static List<Due> due(
      Ticket ticket,
      SlaClock firstResponse,
      SlaClock resolution,
      List<SlaClock.Change> history,
      double warningFraction) {
    List<Due> due = new ArrayList<>();
    if (!ticket.getState().isOpen()) {
      return due;
    }
    if (ticket.getFirstResponseAt() == null) {
      level(firstResponse, warningFraction)
          .ifPresent(l -> due.add(new Due(Target.FIRST_RESPONSE, l, 0)));
    }
    level(resolution, warningFraction)
        .ifPresent(l -> due.add(new Due(Target.RESOLUTION, l, reopenings(history))));
    return due;
  }

  /**
   * How long, at least, until the ticket's clocks can call for an alert they do not call for now:
   * the business time left before a running or paused clock's next level (warning share, then the
   * target). Business time never runs faster than the wall clock, so a watch may leave the ticket
   * alone that long; {@code null} when no clock can call for another alert in this round.
   */
  public static Duration quiet(
      Ticket ticket, SlaClock firstResponse, SlaClock resolution, double warningFraction) {
    if (!ticket.getState().isOpen()) {
      return null;
    }
    Duration resolutionLeft = untilNextLevel(resolution, warningFraction);
    Duration firstLeft =
        ticket.getFirstResponseAt() == null ? untilNextLevel(firstResponse, warningFraction) : null;
    if (firstLeft == null || resolutionLeft == null) {
      return firstLeft == null ? resolutionLeft : firstLeft;
    }
    return firstLeft.compareTo(resolutionLeft) < 0 ? firstLeft : resolutionLeft;
  }

  private static Duration untilNextLevel(SlaClock clock, double warningFraction) {
    if (clock.phase() != SlaClock.Phase.RUNNING && clock.phase() != SlaClock.Phase.PAUSED) {
      return null;
    }
    Duration warning =
        Duration.ofMillis((long) Math.ceil(warningFraction * clock.target().toMillis()));
    Duration next = clock.elapsed().compareTo(warning) < 0 ? warning : clock.target();
    return next.minus(clock.elapsed());
  }

  private static Optional<Level> level(SlaClock clock, double warningFraction) {
    if (clock.phase() == SlaClock.Phase.BREACHED) {
      return Optional.of(Level.BREACH);
    }
    return clock.breachingSoon(warningFraction) ? Optional.of(Level.WARNING) : Optional.empty();
  }

  /** How many times the ticket went from resolved or closed back to work. */
  static int reopenings(List<SlaClock.Change> history) {
    int n = 0;
    for (int i = 1; i < history.size(); i++) {
      if (!history.get(i - 1).to().isOpen() && history.get(i).to().isOpen()) {
        n++;
      }
    }
    return n;
  }

  public Long getId() {
    return id;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public Target getTarget() {
    return target;
  }

  public Level getLevel() {
    return level;
  }

  public int getRound() {
    return round;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
