package it.lombardia.irt.domain.model.network;

import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a protocol's inclusion and exclusion criteria against a patient's facts, explaining
 * every verdict. A missing fact is never guessed: the criterion is {@link Outcome#UNKNOWN} and the
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
   * @param actual the patient's fact, or null when not recorded
   */
  public record Verdict(
      String criterionId,
      Label label,
      boolean exclusion,
      String fact,
      String expected,
      String actual,
      Outcome outcome) {}

  /** The decision and every verdict that led to it. */
  public record Result(Decision decision, List<Verdict> verdicts) {}

  private Eligibility() {}

  public static Result evaluate(Protocol protocol, Map<String, String> facts) {
    List<Verdict> verdicts = new ArrayList<>();
    protocol.inclusion().forEach(c -> verdicts.add(verdict(c, false, facts)));
    protocol.exclusion().forEach(c -> verdicts.add(verdict(c, true, facts)));
    boolean failed =
        verdicts.stream()
            .anyMatch(
                v -> v.exclusion() ? v.outcome() == Outcome.MET : v.outcome() == Outcome.NOT_MET);
    boolean unknown = verdicts.stream().anyMatch(v -> v.outcome() == Outcome.UNKNOWN);
    Decision decision =
        failed ? Decision.NOT_ELIGIBLE : unknown ? Decision.INCOMPLETE : Decision.ELIGIBLE;
    return new Result(decision, List.copyOf(verdicts));
  }

  static Verdict verdict(Criterion c, boolean exclusion, Map<String, String> facts) {
    String raw = facts.get(c.fact());
    String actual = raw == null || raw.isBlank() ? null : raw.trim();
    return new Verdict(
        c.id(), c.label(), exclusion, c.fact(), expected(c), actual, outcome(c, actual));
  }

  private static Outcome outcome(Criterion c, String actual) {
    switch (c.operator()) {
      case PRESENT:
        return actual != null ? Outcome.MET : Outcome.NOT_MET;
      case ABSENT:
        return actual == null ? Outcome.MET : Outcome.NOT_MET;
      default:
        break;
    }
    if (actual == null) {
      return Outcome.UNKNOWN;
    }
    return switch (c.operator()) {
      case EQUALS -> met(actual.equalsIgnoreCase(c.values().get(0)));
      case IN -> met(c.values().stream().anyMatch(actual::equalsIgnoreCase));
      case AT_LEAST, AT_MOST -> compare(c, actual);
      default -> throw new IllegalStateException("unhandled operator " + c.operator());
    };
  }

  private static Outcome compare(Criterion c, String actual) {
    double value;
    try {
      value = Double.parseDouble(actual.replace(',', '.'));
    } catch (NumberFormatException e) {
      return Outcome.UNKNOWN; // a fact that is not a number cannot be compared: ask for it again
    }
    double bound = Double.parseDouble(c.values().get(0));
    return met(c.operator() == Criterion.Operator.AT_LEAST ? value >= bound : value <= bound);
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
