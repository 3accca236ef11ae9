package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * An inclusion or exclusion criterion that IRT evaluates against a patient's facts, e.g. fact
 * {@code nyha-class}, operator {@link Operator#IN}, values {@code [II, III]}. Facts are named by
 * the plug-in; IRT asks for them at enrolment and explains each verdict with {@link #label()}.
 */
public record Criterion(
    String id, Label label, String fact, Operator operator, List<String> values) {

  /** How a fact is compared with the criterion's values. */
  public enum Operator {
    /** The fact is present (any value). */
    PRESENT,
    /** The fact is absent. */
    ABSENT,
    /** The fact equals the single value. */
    EQUALS,
    /** The fact is one of the values. */
    IN,
    /** The fact, a number, is at least the single value. */
    AT_LEAST,
    /** The fact, a number, is at most the single value. */
    AT_MOST
  }
}
