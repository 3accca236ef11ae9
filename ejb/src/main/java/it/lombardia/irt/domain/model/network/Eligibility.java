package it.lombardia.irt.domain.model.network;

import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a protocol's inclusion and exclusion criteria against a patient's facts, explaining
 * every verdict. Each fact is read by its type ({@link Criterion#factType()}): a yes/no fact only
 * as yes or no, a choice only as one of its answers, a number or a date only as such. A fact
 * missing or not of its type is never guessed: the criterion is {@link Outcome#UNKNOWN} and the
 * patient's eligibility {@link Decision#INCOMPLETE} until someone records it.
 */
public final class Eligibility {

  /** What one criterion says about the patient. */
  public enum Outcome {
    MET,
    NOT_MET,
    UNKNOWN
  }

  /** The overall verdict. */
  public enum Decision {
    ELIGIBLE,
    NOT_ELIGIBLE,
    INCOMPLETE
  }

  /**
   * One criterion's verdict, with what it expects and what the patient has, so that it explains
   * itself.
   *
   * @param exclusion whether this is an exclusion criterion (MET then excludes the patient)
   * @param expected e.g. {@code ≥ 18} or {@code one of [II, III]}
   * @param actual the patient's fact as read ({@code yes}, a choice's value, a number), or null
   *     when not recorded or not of its type
   * @param expectation what the criterion expects, for users (e.g. "Sì", "≥ 18 anni", "II o III");
   *     null in verdicts recorded before fact types
   * @param answer the patient's fact, for users; null when not recorded
   */
  public record Verdict(
      String criterionId,
      Label label,
      boolean exclusion,
      String fact,
      String expected,
      String actual,
      Outcome outcome,
      Label expectation,
      Label answer) {

    /** Whether this verdict lets the patient in (an inclusion met, an exclusion not met). */
    public boolean passes() {
      return outcome != Outcome.UNKNOWN && exclusion == (outcome == Outcome.NOT_MET);
    }
  }

  /** The decision and every verdict that led to it. */
  public record Result(Decision decision, List<Verdict> verdicts) {}

  private Eligibility() {}

  /** Evaluates on {@code today}, against which a date criterion's period is counted. */
  public static Result evaluate(Protocol protocol, Map<String, String> facts, LocalDate today) {
    List<Verdict> verdicts = new ArrayList<>();
    protocol.inclusion().forEach(c -> verdicts.add(verdict(c, false, facts, today)));
    protocol.exclusion().forEach(c -> verdicts.add(verdict(c, true, facts, today)));
    boolean failed = verdicts.stream().anyMatch(v -> v.outcome() != Outcome.UNKNOWN && !v.passes());
    boolean unknown = verdicts.stream().anyMatch(v -> v.outcome() == Outcome.UNKNOWN);
    Decision decision =
        failed ? Decision.NOT_ELIGIBLE : unknown ? Decision.INCOMPLETE : Decision.ELIGIBLE;
    return new Result(decision, List.copyOf(verdicts));
  }

  static Verdict verdict(
      Criterion c, boolean exclusion, Map<String, String> facts, LocalDate today) {
    FactReading reading = FactReading.read(c, facts.get(c.fact()));
    String actual = reading.value();
    Outcome outcome = actual == null ? Outcome.UNKNOWN : outcome(c, reading, today);
    return new Verdict(
        c.id(),
        c.label(),
        exclusion,
        c.fact(),
        expected(c),
        actual,
        outcome,
        FactReading.expectation(c),
        reading.label());
  }

  private static Outcome outcome(Criterion c, FactReading reading, LocalDate today) {
    String actual = reading.value();
    return switch (c.operator()) {
      case PRESENT ->
          met(c.factType() == Criterion.FactType.YES_NO ? Criterion.YES.equals(actual) : true);
      case ABSENT -> met(Criterion.NO.equals(actual));
      case EQUALS ->
          met(
              c.factType() == Criterion.FactType.YES_NO
                  ? actual.equals(FactReading.yesNo(c.values().get(0)).value())
                  : actual.equalsIgnoreCase(c.values().get(0)));
      case IN -> met(c.values().stream().anyMatch(actual::equalsIgnoreCase));
      case AT_LEAST, AT_MOST -> compare(c, reading, today);
    };
  }

  private static Outcome compare(Criterion c, FactReading reading, LocalDate today) {
    boolean atLeast = c.operator() == Criterion.Operator.AT_LEAST;
    String bound = c.values().get(0);
    if (reading.date() != null) {
      LocalDate limit =
          bound.startsWith("P")
              ? today.minus(java.time.Period.parse(bound))
              : LocalDate.parse(bound);
      return met(atLeast ? !reading.date().isBefore(limit) : !reading.date().isAfter(limit));
    }
    double value = reading.number();
    double limit = Double.parseDouble(bound);
    return met(atLeast ? value >= limit : value <= limit);
  }

  private static Outcome met(boolean condition) {
    return condition ? Outcome.MET : Outcome.NOT_MET;
  }

  private static String expected(Criterion c) {
    return switch (c.operator()) {
      case PRESENT -> "present";
      case ABSENT -> "absent";
      case EQUALS -> "= " + c.values().get(0);
      case IN -> "one of " + c.values();
      case AT_LEAST -> "≥ " + c.values().get(0);
      case AT_MOST -> "≤ " + c.values().get(0);
    };
  }
}
