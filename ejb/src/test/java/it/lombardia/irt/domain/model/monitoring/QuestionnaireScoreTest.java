package it.lombardia.irt.domain.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Questionnaire.AnswerType;
import it.lombardia.irt.spi.content.Questionnaire.Item;
import it.lombardia.irt.spi.content.Questionnaire.Option;
import it.lombardia.irt.spi.content.Questionnaire.ScoreBand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireScoreTest {

  private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

  private static final Questionnaire CHECKLIST =
      new Questionnaire(
          "checklist",
          Label.of("Checklist dei sintomi", "Symptom checklist"),
          "CC BY 4.0",
          "test",
          List.of(
              yesNo("dyspnoea", 2),
              yesNo("oedema", 1),
              new Item(
                  "steps",
                  Label.of("Passi di oggi", "Steps today"),
                  AnswerType.NUMBER,
                  List.of(),
                  0.0,
                  50000.0)),
          List.of(
              new ScoreBand(0, 1, Label.of("Stabile", "Stable"), null),
              new ScoreBand(2, 2, Label.of("Da ricontattare", "Call back"), AlarmLevel.ATTENTION),
              new ScoreBand(3, 3, Label.of("Peggioramento", "Worsening"), AlarmLevel.ALARM)));

  private static Item yesNo(String id, int yesScore) {
    return new Item(
        id,
        Label.of(id, id),
        AnswerType.YES_NO,
        List.of(
            new Option("yes", Label.of("Sì", "Yes"), yesScore),
            new Option("no", Label.of("No", "No"), 0)),
        null,
        null);
  }

  @Test
  void sumsTheChosenOptionsAndFindsTheBand() {
    QuestionnaireScore scored =
        QuestionnaireScore.score(
                CHECKLIST, Map.of("dyspnoea", "yes", "oedema", "yes", "steps", "1200"))
            .score();

    assertEquals(3, scored.score());
    assertEquals("Peggioramento", scored.band().orElseThrow().meaning().it());
    AlarmTrigger trigger = scored.trigger(AT).orElseThrow();
    assertEquals(AlarmLevel.ALARM, trigger.level());
    assertEquals(Alarm.Kind.QUESTIONNAIRE, trigger.kind());
    assertEquals("questionnaire:checklist", trigger.ruleKey());
    assertEquals(3.0, trigger.value());
    assertEquals(3.0, trigger.limit());
    assertEquals(
        "Questionario «Checklist dei sintomi»: punteggio 3 (fascia 3–3) — Peggioramento",
        trigger.explanationIt());
    assertEquals(1200.0, scored.answers().get(2).number());
  }

  @Test
  void aBandWithoutLevelRaisesNothing() {
    QuestionnaireScore scored =
        QuestionnaireScore.score(
                CHECKLIST, Map.of("dyspnoea", "no", "oedema", "yes", "steps", "3000"))
            .score();

    assertEquals(1, scored.score());
    assertTrue(scored.trigger(AT).isEmpty());
  }

  @Test
  void namesEveryUnansweredUnknownOrInvalidItem() {
    QuestionnaireScore.Result result =
        QuestionnaireScore.score(
            CHECKLIST, Map.of("dyspnoea", "maybe", "fever", "yes", "steps", "-4"));

    assertNull(result.score());
    List<String> items = result.problems().stream().map(QuestionnaireScore.Problem::item).toList();
    assertEquals(List.of("fever", "dyspnoea", "oedema", "steps"), items);
    assertTrue(result.problems().get(1).message().contains("options: yes, no"));
    assertTrue(result.problems().get(2).message().contains("not answered"));
  }

  @Test
  void aNumericItemNeedsANumber() {
    QuestionnaireScore.Result result =
        QuestionnaireScore.score(
            CHECKLIST, Map.of("dyspnoea", "no", "oedema", "no", "steps", "many"));

    assertEquals("item 'steps' needs a number", result.problems().get(0).message());
  }
}
