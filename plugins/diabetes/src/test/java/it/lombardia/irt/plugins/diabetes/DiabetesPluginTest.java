package it.lombardia.irt.plugins.diabetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.plugin.kit.PluginContract;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Threshold;
import org.junit.jupiter.api.Test;

class DiabetesPluginTest extends PluginContract {

  DiabetesPluginTest() {
    super(DiabetesPlugin.class, "diabetes");
  }

  private static NetworkDefinition network() {
    return new DiabetesPlugin().define();
  }

  private static Protocol protocol(String conditionId) {
    return network().conditions().stream()
        .filter(c -> c.id().equals(conditionId))
        .map(ConditionDefinition::protocol)
        .findFirst()
        .orElseThrow();
  }

  private static Threshold threshold(
      Protocol p, String code, AlarmLevel level, Threshold.Direction direction) {
    return p.thresholds().stream()
        .filter(t -> t.parameter().equals(code) && t.level() == level && t.direction() == direction)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void glucoseBelow70IsAttentionAndBelow54IsAnAlarmInBothProtocols() {
    for (var pair :
        new String[][] {
          {"type-2-diabetes", DiabetesPlugin.CAPILLARY_GLUCOSE},
          {"type-1-diabetes-cgm", DiabetesPlugin.CGM_GLUCOSE}
        }) {
      Protocol p = protocol(pair[0]);
      Threshold level1 = threshold(p, pair[1], AlarmLevel.ATTENTION, Threshold.Direction.BELOW);
      Threshold level2 = threshold(p, pair[1], AlarmLevel.ALARM, Threshold.Direction.BELOW);
      assertEquals(70, level1.value());
      assertEquals(54, level2.value());
      // a care plan may make hypoglycaemia alerts more sensitive, never less
      assertEquals(70, level1.personalisableMin());
      assertEquals(54, level2.personalisableMin());
    }
  }

  @Test
  void hyperglycaemiaLevelsAre180And250AndHba1cGoalIsSevenPercent() {
    Protocol p = protocol("type-2-diabetes");
    assertEquals(
        180,
        threshold(
                p,
                DiabetesPlugin.CAPILLARY_GLUCOSE,
                AlarmLevel.ATTENTION,
                Threshold.Direction.ABOVE)
            .value());
    assertEquals(
        250,
        threshold(p, DiabetesPlugin.CAPILLARY_GLUCOSE, AlarmLevel.ALARM, Threshold.Direction.ABOVE)
            .value());
    assertEquals(
        7.0,
        threshold(p, DiabetesPlugin.HBA1C, AlarmLevel.ATTENTION, Threshold.Direction.ABOVE)
            .value());
  }

  @Test
  void severeHypoglycaemiaNeedingAssistanceIsCriticalAndCalls118() {
    Questionnaire q = network().questionnaires().get(0);
    int assistanceScore =
        q.items().stream()
            .filter(i -> i.id().equals("needed-assistance"))
            .flatMap(i -> i.options().stream())
            .filter(o -> o.code().equals("yes"))
            .findFirst()
            .orElseThrow()
            .score();
    Questionnaire.ScoreBand band =
        q.bands().stream()
            .filter(b -> b.min() <= assistanceScore && assistanceScore <= b.max())
            .findFirst()
            .orElseThrow();
    assertEquals(AlarmLevel.CRITICAL, band.level());
    assertTrue(q.licence().startsWith("CC BY 4.0"));

    for (ConditionDefinition c : network().conditions()) {
      AlarmAction critical =
          c.protocol().alarmActions().stream()
              .filter(a -> a.level() == AlarmLevel.CRITICAL)
              .findFirst()
              .orElseThrow();
      assertTrue(critical.actions().contains(AlarmAction.Action.EMERGENCY_118), c.id());
    }
  }

  @Test
  void cgmSensorIsClassIIbThroughTheVendorPlatform() {
    DeviceType cgm =
        network().devices().stream()
            .filter(d -> d.id().equals(DiabetesPlugin.CGM))
            .findFirst()
            .orElseThrow();
    assertEquals("IIb", cgm.mdrClass());
    assertEquals(DeviceType.Connectivity.VENDOR_PLATFORM, cgm.connectivity());
    assertTrue(cgm.parameters().contains("99504-3"));
  }
}
