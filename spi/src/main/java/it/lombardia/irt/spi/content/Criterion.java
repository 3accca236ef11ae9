package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * An inclusion or exclusion criterion that IRT evaluates against a patient's facts, e.g. fact
 * {@code nyha-class}, operator {@link Operator#IN}, values {@code [II, III]}. Facts are named by
 * the plug-in; IRT asks for them at enrolment, with a control chosen by the fact's {@link
 * FactType}, and explains each verdict with {@link #label()}.
 *
 * @param type how the fact is asked and read; since SPI 1.4. Null (a plug-in for 1.0–1.3, or a
 *     definition stored by one) means {@link #factType() inferred from the operator}
 * @param unit the UCUM unit of a {@link FactType#NUMBER} fact, e.g. {@code a} (years), {@code mo}
 *     (months), {@code h/d}, {@code %}; or null; since SPI 1.4
 * @param choices every answer a {@link FactType#CHOICE} fact may take, each with its label (not
 *     only the values that meet the criterion); empty: IRT offers the criterion's values and "none
 *     of these"; since SPI 1.4
 */
public record Criterion(
    String id,
    Label label,
    String fact,
    Operator operator,
    List<String> values,
    FactType type,
    String unit,
    List<Choice> choices) {

  /** The yes/no answers of a {@link FactType#YES_NO} fact, as IRT stores them. */
  public static final String YES = "yes";

  public static final String NO = "no";

  /** The answer IRT adds to an inferred choice list: none of the criterion's values. */
  public static final String NONE_OF_THESE = "none-of-these";

  /** How a fact is compared with the criterion's values. */
  public enum Operator {
    /** The fact is present: a yes/no fact answered {@code yes}; another fact recorded. */
    PRESENT,
    /** The fact is absent: a yes/no fact answered {@code no}. */
    ABSENT,
    /** The fact equals the single value. */
    EQUALS,
    /** The fact is one of the values. */
    IN,
    /**
     * The fact is at least the single value: a number, or for a {@link FactType#DATE} fact a date
     * no earlier than the value — an ISO date ({@code 2025-01-01}) or a period back from the day of
     * the evaluation ({@code P12M}: in the last 12 months).
     */
    AT_LEAST,
    /** The fact is at most the single value (a number, or a date no later than the value). */
    AT_MOST
  }

  /**
   * What kind of answer a fact takes, so that IRT asks it with the right control and never reads
   * free text as an answer.
   *
   * @since 1.4
   */
  public enum FactType {
    /** Yes or no ({@link #YES}, {@link #NO}). */
    YES_NO,
    /** One of {@link #choices()}. */
    CHOICE,
    /** A number, in {@link #unit()}. */
    NUMBER,
    /** A date (ISO {@code yyyy-MM-dd}). */
    DATE
  }

  /**
   * One answer of a choice list, with the label users see.
   *
   * @since 1.4
   */
  public record Choice(String value, Label label) {}

  public Criterion {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * A criterion whose fact type IRT infers from the operator: the SPI 1.0–1.3 form, still valid.
   */
  public Criterion(String id, Label label, String fact, Operator operator, List<String> values) {
    this(id, label, fact, operator, values, null, null, List.of());
  }

  /**
   * A criterion on one fact compared with the values, its type inferred from the operator.
   *
   * @since 1.5
   */
  public static Criterion of(
      String id, Label label, String fact, Operator operator, String... values) {
    return new Criterion(id, label, fact, operator, List.of(values));
  }

  /**
   * This criterion, its fact a number in {@code unit} (UCUM).
   *
   * @since 1.4
   */
  public Criterion inUnit(String unit) {
    return new Criterion(id, label, fact, operator, values, FactType.NUMBER, unit, choices);
  }

  /**
   * This criterion, its fact one of {@code choices}.
   *
   * @since 1.4
   */
  public Criterion choosing(Choice... choices) {
    return new Criterion(
        id, label, fact, operator, values, FactType.CHOICE, unit, List.of(choices));
  }

  /**
   * This criterion, its fact a date.
   *
   * @since 1.4
   */
  public Criterion onDate() {
    return new Criterion(id, label, fact, operator, values, FactType.DATE, unit, choices);
  }

  /**
   * The declared fact type or, when none is declared, the one the operator implies: present/absent
   * and equals yes/no (or true/false) are yes/no, at least/at most a number, anything else a
   * choice.
   *
   * @since 1.4
   */
  /**
   * Whether {@code value} names a yes/no answer: {@code yes} or {@code no}, or {@code true} or
   * {@code false} as plug-ins written before SPI 1.4 say it.
   */
  public static boolean isYesOrNo(String value) {
    return value != null && List.of(YES, NO, "true", "false").contains(value.toLowerCase());
  }

  public FactType factType() {
    if (type != null) {
      return type;
    }
    return switch (operator) {
      case PRESENT, ABSENT -> FactType.YES_NO;
      case AT_LEAST, AT_MOST -> FactType.NUMBER;
      case EQUALS ->
          values != null && values.size() == 1 && isYesOrNo(values.get(0))
              ? FactType.YES_NO
              : FactType.CHOICE;
      case IN -> FactType.CHOICE;
    };
  }

  /**
   * The answers of a choice fact: those declared or, for a criterion that declares none, its values
   * and {@link #NONE_OF_THESE}.
   *
   * @since 1.4
   */
  public List<Choice> answers() {
    if (choices != null && !choices.isEmpty()) {
      return choices;
    }
    List<Choice> inferred = new java.util.ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      inferred.add(new Choice(v, new Label(v, v)));
    }
    inferred.add(new Choice(NONE_OF_THESE, new Label("Nessuno di questi", "None of these")));
    return List.copyOf(inferred);
  }
}
