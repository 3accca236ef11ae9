package it.lombardia.irt.plugins.respiratory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.plugin.kit.PluginContract;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.Threshold.Direction;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RespiratoryPluginTest extends PluginContract {

  RespiratoryPluginTest() {
    super(RespiratoryPlugin.class, "respiratory");
  }

  private static NetworkDefinition network() {
    return new RespiratoryPlugin().define();
  }

  private static Protocol protocol(String conditionId) {
    return network().conditions().stream()
        .filter(c -> c.id().equals(conditionId))
        .map(ConditionDefinition::protocol)
        .findFirst()
        .orElseThrow();
  }

  private static Map<AlarmLevel, Double> spo2Below(Protocol p) {
    return p.thresholds().stream()
        .filter(t -> t.parameter().equals("59408-5") && t.direction() == Direction.BELOW)
        .collect(Collectors.toMap(Threshold::level, Threshold::value));
  }

  private static Questionnaire questionnaire(String id) {
    return network().questionnaires().stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void copdOnRoomAirAlertsBelow92AlarmsBelow90AndIsCriticalBelow88() {
    assertEquals(
        Map.of(AlarmLevel.ATTENTION, 92.0, AlarmLevel.ALARM, 90.0, AlarmLevel.CRITICAL, 88.0),
        spo2Below(protocol("copd")));
  }

  @Test
  void ltotProtocolGuardsTheBtsTargetRangeOf88To92OnBothSides() {
    Protocol ltot = protocol("chronic-respiratory-failure-ltot");

    assertEquals(88.0, spo2Below(ltot).get(AlarmLevel.ATTENTION));
    Threshold above =
        ltot.thresholds().stream()
            .filter(t -> t.parameter().equals("59408-5") && t.direction() == Direction.ABOVE)
            .findFirst()
            .orElseThrow();
    assertEquals(AlarmLevel.ATTENTION, above.level());
    assertEquals(92.0, above.value());
    assertTrue(
        ltot.inclusion().stream()
            .anyMatch(
                c -> c.fact().equals("ltot-hours-per-day") && c.values().equals(List.of("15"))));
  }

  @Test
  void exacerbationChecklistBandsReproduceTheAnthonisenTypes() {
    Questionnaire checklist = questionnaire("copd-exacerbation-checklist");
    Map<String, Integer> yesScore =
        checklist.items().stream()
            .collect(
                Collectors.toMap(
                    Questionnaire.Item::id,
                    i ->
                        i.options().stream()
                            .mapToInt(Questionnaire.Option::score)
                            .max()
                            .orElse(0)));

    int oneCardinalAlone = yesScore.get("dyspnoea-increased");
    int type3 = oneCardinalAlone + yesScore.get("cough-increased");
    int type1 =
        yesScore.get("dyspnoea-increased")
            + yesScore.get("sputum-volume-increased")
            + yesScore.get("sputum-purulent");
    int allMinors =
        yesScore.get("upper-respiratory-infection")
            + yesScore.get("wheezing-increased")
            + yesScore.get("cough-increased")
            + yesScore.get("fever");

    assertEquals(AlarmLevel.ATTENTION, levelOf(checklist, oneCardinalAlone));
    assertEquals(AlarmLevel.ATTENTION, levelOf(checklist, allMinors));
    assertEquals(AlarmLevel.ALARM, levelOf(checklist, type3));
    assertEquals(AlarmLevel.ALARM, levelOf(checklist, type1 + allMinors));
    assertEquals(AlarmLevel.CRITICAL, levelOf(checklist, yesScore.get("red-flag")));
    assertEquals("CC BY 4.0, Regione Lombardia working group", checklist.licence());
  }

  @Test
  void usesTheFreeMmrcScaleAndNoCatItems() {
    Questionnaire mmrc = questionnaire("mmrc-dyspnoea");

    assertTrue(mmrc.source().contains("Thorax 1999;54:581-586"));
    assertEquals(
        List.of(0, 1, 2, 3, 4),
        mmrc.items().get(0).options().stream().map(Questionnaire.Option::score).toList());
    assertTrue(
        network().questionnaires().stream()
            .noneMatch(q -> q.id().contains("cat") || q.name().en().contains("COPD Assessment")));
  }

  private static AlarmLevel levelOf(Questionnaire q, int score) {
    return q.bands().stream()
        .filter(b -> b.min() <= score && score <= b.max())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no band for score " + score))
        .level();
  }
}
