package it.lombardia.irt.domain.model.helpdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One SLA clock of a ticket (first response or resolution), computed from the ticket's state
 * history on a centre's calendar: time counts only inside business hours and only while the ticket
 * is in a working state ({@link TicketState#clockRuns}); it stops for good at its event (the first
 * public reply, the resolution — a reopening starts the resolution clock again). Nothing is stored:
 * a calendar change recomputes every clock the same way.
 *
 * @param target the business time allowed
 * @param elapsed the business time spent so far
 * @param due when the target is reached: in the past when breached, the future while running,
 *     {@code null} while paused or when met
 */
public record SlaClock(Phase phase, Duration target, Duration elapsed, Instant due) {

  public enum Phase {
    RUNNING,
    PAUSED,
    MET,
    BREACHED
  }

  /** A state a ticket entered, and when. */
  public record Change(Instant at, TicketState to) {}

  /** The first-response clock: it stops at the first public reply of an operator. */
  public static SlaClock firstResponse(
      List<Change> history,
      Instant firstResponseAt,
      Instant now,
      BusinessCalendar calendar,
      Duration target) {
    Instant end = firstResponseAt == null ? now : min(firstResponseAt, now);
    return compute(history, end, firstResponseAt != null, now, calendar, target);
  }

  /** The resolution clock: it stops while resolved or closed and restarts on reopening. */
  public static SlaClock resolution(
      List<Change> history, Instant now, BusinessCalendar calendar, Duration target) {
    boolean stopped = !history.isEmpty() && !history.get(history.size() - 1).to().isOpen();
    return compute(history, now, stopped, now, calendar, target);
  }

  /** Whether a running clock has spent at least {@code fraction} of its target. */
  public boolean breachingSoon(double fraction) {
    return phase == Phase.RUNNING && elapsed.toMillis() >= fraction * target.toMillis();
  }

  private static SlaClock compute(
      List<Change> history,
      Instant end,
      boolean stopped,
      Instant now,
      BusinessCalendar calendar,
      Duration target) {
    Duration elapsed = Duration.ZERO;
    Instant due = null;
    for (Span span : runningSpans(history, end)) {
      Duration part = calendar.between(span.from(), span.to());
      if (due == null && elapsed.plus(part).compareTo(target) >= 0) {
        due = calendar.plus(span.from(), target.minus(elapsed));
      }
      elapsed = elapsed.plus(part);
    }
    boolean reached = elapsed.compareTo(target) >= 0;
    boolean running =
        !stopped && !history.isEmpty() && history.get(history.size() - 1).to().clockRuns();
    Phase phase;
    if (stopped) {
      phase = elapsed.compareTo(target) <= 0 ? Phase.MET : Phase.BREACHED;
    } else if (reached) {
      phase = Phase.BREACHED;
    } else {
      phase = running ? Phase.RUNNING : Phase.PAUSED;
    }
    if (phase == Phase.RUNNING) {
      due = calendar.plus(now, target.minus(elapsed));
    } else if (phase == Phase.MET || phase == Phase.PAUSED) {
      due = null;
    }
    return new SlaClock(phase, target, elapsed, due);
  }

  private record Span(Instant from, Instant to) {}

  /** The periods in working states, from the history, cut at {@code end}. */
  private static List<Span> runningSpans(List<Change> history, Instant end) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Change change = history.get(i);
      Instant to = i + 1 < history.size() ? history.get(i + 1).at() : end;
      to = min(to, end);
      if (change.to().clockRuns() && to.isAfter(change.at())) {
        spans.add(new Span(change.at(), to));
      }
    }
    return spans;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
