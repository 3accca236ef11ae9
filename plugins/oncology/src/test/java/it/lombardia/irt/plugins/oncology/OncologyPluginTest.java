package it.lombardia.irt.plugins.oncology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.plugin.kit.PluginContract;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class OncologyPluginTest extends PluginContract {

  OncologyPluginTest() {
    super(OncologyPlugin.class, "oncology");
  }

  private static NetworkDefinition network() {
    return new OncologyPlugin().define();
  }

  private static Protocol protocol() {
    return network().conditions().get(0).protocol();
  }

  private static Threshold threshold(String code, AlarmLevel level, Threshold.Direction dir) {
    return protocol().thresholds().stream()
        .filter(t -> t.parameter().equals(code) && t.level() == level && t.direction() == dir)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void feverOf38Point3IsCriticalAndCallsTheOncologistOr118() {
    Threshold critical =
        threshold(OncologyPlugin.TEMPERATURE, AlarmLevel.CRITICAL, Threshold.Direction.ABOVE);
    Threshold alarm =
        threshold(OncologyPlugin.TEMPERATURE, AlarmLevel.ALARM, Threshold.Direction.ABOVE);

    assertEquals(38.3, critical.value());
    assertEquals(38.0, alarm.value());
    AlarmAction action =
        protocol().alarmActions().stream()
            .filter(a -> a.level() == AlarmLevel.CRITICAL)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(AlarmAction.Action.CALL_BY_PHYSICIAN, AlarmAction.Action.EMERGENCY_118),
        action.actions());
    assertTrue(protocol().sources().containsAll(List.of("idsa-fn-2011", "esmo-fn-2016")));
  }

  @Test
  void spo2FollowsNews2BandsDownToCriticalAt91() {
    assertEquals(
        95.0,
        threshold(OncologyPlugin.SPO2, AlarmLevel.ATTENTION, Threshold.Direction.BELOW).value());
    assertEquals(
        93.0, threshold(OncologyPlugin.SPO2, AlarmLevel.ALARM, Threshold.Direction.BELOW).value());
    assertEquals(
        91.0,
        threshold(OncologyPlugin.SPO2, AlarmLevel.CRITICAL, Threshold.Direction.BELOW).value());
  }

  @Test
  void oneSevereEsasSymptomRaisesAnAlarmButModerateOnesOnlyAttention() {
    Questionnaire esas = network().questionnaires().get(0);
    assertEquals(9, esas.items().size());

    // one item at 7 (severe), all others at 0
    int oneSevere = OncologyCatalogue.severity(7);
    // all nine items at 6 (moderate): the highest total without a severe symptom
    int allModerate = 9 * OncologyCatalogue.severity(6);

    assertEquals(AlarmLevel.ALARM, bandOf(esas, oneSevere).level());
    assertEquals(AlarmLevel.ATTENTION, bandOf(esas, allModerate).level());
    assertEquals(null, bandOf(esas, 9 * OncologyCatalogue.severity(3)).level());
    assertEquals("Watanabe", esas.source().substring(0, 8));
  }

  @Test
  void weightLossOfFivePercentIn6MonthsNeedsAttention() {
    TrendRule rule =
        protocol().trendRules().stream()
            .filter(r -> r.id().equals("weight-loss-5-percent-6-months"))
            .findFirst()
            .orElseThrow();

    assertEquals(TrendRule.Kind.FALL, rule.kind());
    assertEquals(3.5, rule.amount());
    assertEquals(180, rule.window().toDays());
    assertEquals(AlarmLevel.ATTENTION, rule.level());
  }

  private static Questionnaire.ScoreBand bandOf(Questionnaire q, int score) {
    return q.bands().stream()
        .filter(b -> b.min() <= score && score <= b.max())
        .findFirst()
        .orElseThrow();
  }
}
