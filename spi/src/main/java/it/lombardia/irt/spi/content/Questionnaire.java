package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * A questionnaire for patient-generated data, scored by summing the chosen options' scores.
 *
 * @param licence the terms under which the network may use it (e.g. "public domain", "CC BY 4.0")
 * @param bands score intervals and what they mean, possibly raising an alarm level
 */
public record Questionnaire(
    String id, Label name, String licence, String source, List<Item> items, List<ScoreBand> bands) {

  /**
   * One question, answered by picking an option (or a number within min..max for {@link
   * AnswerType#NUMBER}).
   */
  public record Item(
      String id, Label text, AnswerType type, List<Option> options, Double min, Double max) {

    /**
     * A yes/no question: "Sì" scores {@code yesScore}, "No" scores 0.
     *
     * @since 1.5
     */
    public static Item yesNo(String id, Label text, int yesScore) {
      return new Item(
          id,
          text,
          AnswerType.YES_NO,
          List.of(
              new Option("yes", Label.of("Sì", "Yes"), yesScore),
              new Option("no", Label.of("No", "No"), 0)),
          null,
          null);
    }
  }

  /** An answer option and its score. */
  public record Option(String code, Label label, int score) {}

  /**
   * A score interval ({@code min..max} inclusive), its meaning and the alarm level it raises, if
   * any.
   */
  public record ScoreBand(int min, int max, Label meaning, AlarmLevel level) {}

  /** How an item is answered. */
  public enum AnswerType {
    SINGLE_CHOICE,
    YES_NO,
    NUMBER
  }
}
