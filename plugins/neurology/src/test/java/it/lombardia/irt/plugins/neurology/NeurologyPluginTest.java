package it.lombardia.irt.plugins.neurology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.plugin.kit.PluginContract;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeurologyPluginTest extends PluginContract {

  NeurologyPluginTest() {
    super(NeurologyPlugin.class, "neurology");
  }

  private final NetworkDefinition network = new NeurologyPlugin().define();

  private Protocol protocol(String conditionId) {
    return network.conditions().stream()
        .filter(c -> c.id().equals(conditionId))
        .map(ConditionDefinition::protocol)
        .findFirst()
        .orElseThrow();
  }

  private Questionnaire questionnaire(String id) {
    return network.questionnaires().stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The level of the band that a total score falls into, or null. */
  private static AlarmLevel levelOf(Questionnaire q, int score) {
    return q.bands().stream()
        .filter(b -> b.min() <= score && score <= b.max())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no band for score " + score))
        .level();
  }

  private static int score(Questionnaire q, String itemId, String optionCode) {
    return q.items().stream()
        .filter(i -> i.id().equals(itemId))
        .flatMap(i -> i.options().stream())
        .filter(o -> o.code().equals(optionCode))
        .findFirst()
        .orElseThrow()
        .score();
  }

  private static double threshold(
      Protocol p, String code, AlarmLevel level, Threshold.Direction direction) {
    return p.thresholds().stream()
        .filter(t -> t.parameter().equals(code) && t.level() == level)
        .filter(t -> t.direction() == direction)
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void postStrokeBloodPressureAlertsStartAboveTheAhaAsaTargetOf130Over80() {
    Protocol p = protocol("post-stroke");

    assertEquals(130, threshold(p, "8480-6", AlarmLevel.ATTENTION, Threshold.Direction.ABOVE));
    assertEquals(80, threshold(p, "8462-4", AlarmLevel.ATTENTION, Threshold.Direction.ABOVE));
    assertEquals(180, threshold(p, "8480-6", AlarmLevel.CRITICAL, Threshold.Direction.ABOVE));
    assertEquals(110, threshold(p, "8462-4", AlarmLevel.CRITICAL, Threshold.Direction.ABOVE));
    assertTrue(p.sources().contains(NeurologyPlugin.AHA_STROKE_2021));
  }

  @Test
  void aSeizureOfFiveMinutesOrMoreIsCriticalWhateverElseIsAnswered() {
    Questionnaire diary = questionnaire(NeurologyPlugin.SEIZURE_DIARY);
    int statusEpilepticus = score(diary, "status-epilepticus", "yes");

    // Alone, or with every other item at its highest score.
    int everythingElse =
        diary.items().stream()
            .filter(i -> !i.id().equals("status-epilepticus"))
            .mapToInt(
                i -> i.options().stream().mapToInt(Questionnaire.Option::score).max().orElse(0))
            .sum();
    assertEquals(AlarmLevel.CRITICAL, levelOf(diary, statusEpilepticus));
    assertEquals(AlarmLevel.CRITICAL, levelOf(diary, statusEpilepticus + everythingElse));
    // A cluster alone raises ALARM; one tonic-clonic seizure alone only ATTENTION.
    assertEquals(AlarmLevel.ALARM, levelOf(diary, score(diary, "cluster", "yes")));
    assertEquals(
        AlarmLevel.ATTENTION,
        levelOf(
            diary,
            score(diary, "seizure-count", "one") + score(diary, "seizure-type", "tonic-clonic")));
    assertEquals("CC BY 4.0, Regione Lombardia working group", diary.licence());
  }

  @Test
  void aParkinsonFallRaisesAnAlarmEvenWithNoFluctuations() {
    Questionnaire diary = questionnaire(NeurologyPlugin.MOTOR_DIARY);

    assertEquals(AlarmLevel.ALARM, levelOf(diary, score(diary, "falls", "one-no-injury")));
    assertEquals(AlarmLevel.ALARM, levelOf(diary, score(diary, "falls", "injury-or-repeated")));
    assertEquals(
        AlarmLevel.ATTENTION,
        levelOf(diary, score(diary, "off-time", "2-4h") + score(diary, "wearing-off", "yes")));
    assertNull(levelOf(diary, 0));
    assertEquals("CC BY 4.0, Regione Lombardia working group", diary.licence());
  }

  @Test
  void everyAlarmLevelAQuestionnaireCanRaiseHasAnActionAndTeleRehabilitationIsOffered() {
    for (ConditionDefinition c : network.conditions()) {
      Protocol p = c.protocol();
      Set<AlarmLevel> withActions =
          p.alarmActions().stream().map(AlarmAction::level).collect(Collectors.toSet());
      p.questionnaires().stream()
          .map(this::questionnaire)
          .flatMap(q -> q.bands().stream())
          .map(Questionnaire.ScoreBand::level)
          .filter(Objects::nonNull)
          .forEach(
              level ->
                  assertTrue(withActions.contains(level), c.id() + " has no action for " + level));
    }
    for (String id : new String[] {"post-stroke", "parkinson"}) {
      assertTrue(
          protocol(id).pathway().stream()
              .map(PathwayStage::services)
              .anyMatch(s -> s.contains(TelemedicineService.TELEREHABILITATION)),
          id + " offers tele-rehabilitation");
    }
  }
}
