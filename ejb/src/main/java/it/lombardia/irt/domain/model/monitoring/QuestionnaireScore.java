package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.AnswerType;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.Option;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plug-in questionnaire's answers checked and scored: every item answered once, a choice among
 * the item's options (a number within the item's range), the score the sum of the chosen options'
 * scores, and the band the score falls in — which may raise an alarm level.
 */
public final class QuestionnaireScore {

  /** A problem with one answer, named by the item it concerns (null: the whole response). */
  public record Problem(String item, String message) {}

  private final Questionnaire questionnaire;
  private final List<AnsweredQuestionnaire.Answer> answers;
  private final int score;
  private final Optional<ScoreBand> band;

  private QuestionnaireScore(
      Questionnaire questionnaire, List<AnsweredQuestionnaire.Answer> answers, int score) {
    this.questionnaire = questionnaire;
    this.answers = answers;
    this.score = score;
    this.band =
        questionnaire.bands().stream()
            .filter(b -> score >= b.min() && score <= b.max())
            .findFirst();
  }

  /**
   * Scores {@code answers} (item id → option code, or a number for a numeric item), or lists every
   * problem found.
   */
  public static Result score(Questionnaire questionnaire, Map<String, String> answers) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Item> items =
        questionnaire.items().stream()
            .collect(Collectors.toMap(Item::id, i -> i, (a, b) -> a, LinkedHashMap::new));
    answers.keySet().stream()
        .filter(id -> !items.containsKey(id))
        .forEach(
            id ->
                problems.add(
                    new Problem(
                        id,
                        "'%s' is not an item of questionnaire %s (items: %s)"
                            .formatted(
                                id, questionnaire.id(), String.join(", ", items.keySet())))));
    List<AnsweredQuestionnaire.Answer> checked = new ArrayList<>();
    int score = 0;
    for (Item item : items.values()) {
      String given = answers.get(item.id());
      if (given == null || given.isBlank()) {
        problems.add(new Problem(item.id(), "item '%s' is not answered".formatted(item.id())));
      } else if (item.type() == AnswerType.NUMBER) {
        number(item, given, problems)
            .ifPresent(n -> checked.add(new AnsweredQuestionnaire.Answer(item.id(), null, n)));
      } else {
        Optional<Option> option =
            item.options().stream().filter(o -> o.code().equals(given)).findFirst();
        if (option.isEmpty()) {
          problems.add(
              new Problem(
                  item.id(),
                  "'%s' is not an option of item '%s' (options: %s)"
                      .formatted(
                          given,
                          item.id(),
                          item.options().stream()
                              .map(Option::code)
                              .collect(Collectors.joining(", ")))));
        } else {
          score += option.get().score();
          checked.add(new AnsweredQuestionnaire.Answer(item.id(), given, null));
        }
      }
    }
    return problems.isEmpty()
        ? new Result(new QuestionnaireScore(questionnaire, List.copyOf(checked), score), List.of())
        : new Result(null, List.copyOf(problems));
  }

  private static Optional<Double> number(Item item, String given, List<Problem> problems) {
    try {
      double n = Double.parseDouble(given);
      if ((item.min() != null && n < item.min()) || (item.max() != null && n > item.max())) {
        problems.add(
            new Problem(
                item.id(),
                "%s is outside item '%s''s range %s to %s"
                    .formatted(given, item.id(), item.min(), item.max())));
        return Optional.empty();
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      problems.add(new Problem(item.id(), "item '%s' needs a number".formatted(item.id())));
      return Optional.empty();
    }
  }

  /** The score, or the problems that prevented it. */
  public record Result(QuestionnaireScore score, List<Problem> problems) {}

  public int score() {
    return score;
  }

  public Optional<ScoreBand> band() {
    return band;
  }

  public List<AnsweredQuestionnaire.Answer> answers() {
    return answers;
  }

  /**
   * The alarm the score raises when its band carries a level: one rule per questionnaire, so a new
   * worrying response updates the open alarm rather than adding another.
   */
  public Optional<AlarmTrigger> trigger(Instant authoredAt) {
    return band.filter(b -> b.level() != null).map(b -> trigger(b, b.level(), authoredAt));
  }

  private AlarmTrigger trigger(ScoreBand b, AlarmLevel level, Instant authoredAt) {
    String it =
        "Questionario «%s»: punteggio %d (fascia %d–%d) — %s"
            .formatted(questionnaire.name().it(), score, b.min(), b.max(), b.meaning().it());
    String en =
        "Questionnaire “%s”: score %d (band %d–%d) — %s"
            .formatted(questionnaire.name().en(), score, b.min(), b.max(), b.meaning().en());
    return new AlarmTrigger(
        "questionnaire:" + questionnaire.id(),
        Alarm.Kind.QUESTIONNAIRE,
        level,
        questionnaire.id(),
        (double) score,
        "{score}",
        (double) b.min(),
        it,
        en,
        authoredAt);
  }
}
