package it.lombardia.irt.application.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.Threshold;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionDiffTest {

  private static NetworkDefinition version(String version, List<Threshold> thresholds) {
    Protocol protocol =
        new Protocol(
            "p",
            Label.of("P", "P"),
            List.of("s"),
            List.of(),
            List.of(),
            List.of(
                new MonitoredParameter(
                    "8480-6", Label.of("PAS", "SBP"), "mm[Hg]", 50, 300, Duration.ofDays(1))),
            thresholds,
            List.of(),
            List.of(
                new AlarmAction(
                    AlarmLevel.ALARM,
                    List.of(AlarmAction.Action.CALL_BY_NURSE),
                    Label.of("a", "a"))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new NetworkDefinition(
        "n",
        version,
        "[1.0,2.0)",
        Label.of("N", "N"),
        List.of(new ConditionDefinition("c", Label.of("C", "C"), protocol)),
        List.of(),
        List.of(),
        List.of(),
        List.of(new Source("s", "S")));
  }

  private static Threshold above(AlarmLevel level, double value) {
    return new Threshold("8480-6", level, Threshold.Direction.ABOVE, value, value - 10, value + 10);
  }

  @Test
  void reportsAChangedThresholdByItsParameterAndLevelNotItsPosition() {
    var before = version("1.0.0", List.of(above(AlarmLevel.ALARM, 160)));
    var after =
        version("1.1.0", List.of(above(AlarmLevel.ATTENTION, 135), above(AlarmLevel.ALARM, 150)));

    var diff = DefinitionDiff.between(before, after);

    var changed =
        diff.stream()
            .filter(
                d -> d.path().equals("conditions[c].protocol.thresholds[8480-6 ALARM ABOVE].value"))
            .findFirst()
            .orElseThrow();
    assertEquals("160.0", changed.before());
    assertEquals("150.0", changed.after());
    assertTrue(
        diff.stream()
            .anyMatch(
                d ->
                    d.path().startsWith("conditions[c].protocol.thresholds[8480-6 ATTENTION ABOVE]")
                        && d.before() == null));
    assertTrue(diff.stream().anyMatch(d -> d.path().equals("version")));
  }

  @Test
  void identicalVersionsHaveNoDifferences() {
    assertEquals(
        List.of(),
        DefinitionDiff.between(version("1.0.0", List.of()), version("1.0.0", List.of())));
  }
}
