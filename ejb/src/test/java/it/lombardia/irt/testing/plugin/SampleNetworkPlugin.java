package it.lombardia.irt.testing.plugin;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A test plug-in whose definition holds every kind of value the SPI has (and awkward text). */
public class SampleNetworkPlugin implements ClinicalNetworkPlugin {

  @Override
  public NetworkDefinition define() {
    Protocol protocol =
        new Protocol(
            "sample-protocol",
            Label.of("Febbre \"alta\" ≥ 38,3 °C", "Fever\tline one\nline two \\ done"),
            List.of("sample-source"),
            List.of(
                new Criterion(
                    "adult",
                    Label.of("Adulto", "Adult"),
                    "age-years",
                    Criterion.Operator.AT_LEAST,
                    List.of("18"))),
            List.of(),
            List.of(
                new MonitoredParameter(
                    "8310-5",
                    Label.of("Temperatura", "Temperature"),
                    "Cel",
                    30,
                    45.5,
                    Duration.ofHours(8))),
            List.of(
                new Threshold(
                    "8310-5", AlarmLevel.ALARM, Threshold.Direction.ABOVE, 38.3, 37.5, 39.0)),
            List.of(
                new TrendRule(
                    "rising",
                    Label.of("In salita", "Rising"),
                    "8310-5",
                    TrendRule.Kind.RISE,
                    1.5,
                    Duration.ofDays(2),
                    AlarmLevel.ATTENTION)),
            List.of(
                new AlarmAction(
                    AlarmLevel.ALARM,
                    List.of(AlarmAction.Action.CALL_BY_NURSE, AlarmAction.Action.TELEVISIT),
                    Label.of("Chiamare", "Call"))),
            List.of(
                new PathwayStage(
                    "follow-up",
                    Label.of("Follow-up", "Follow-up"),
                    Set.of(
                        TelemedicineService.TELEMONITORING_LEVEL_1,
                        TelemedicineService.TELEVISIT))),
            List.of(
                new RaciEntry(Label.of("Lettura", "Reading"), "nurse", RaciEntry.Raci.RESPONSIBLE)),
            List.of("thermometer"),
            List.of("wellbeing"));
    return new NetworkDefinition(
        "sample",
        "1.2.3",
        "[1.0,2.0)",
        Label.of("Rete di prova", "Sample network"),
        List.of(new ConditionDefinition("fever", Label.of("Febbre", "Fever"), protocol)),
        List.of(
            new DeviceType(
                "thermometer",
                Label.of("Termometro", "Thermometer"),
                List.of("8310-5"),
                DeviceType.Connectivity.BLUETOOTH_GATEWAY,
                null,
                DeviceType.MonitoringLevel.LEVEL_1)),
        List.of(
            new Questionnaire(
                "wellbeing",
                Label.of("Benessere", "Wellbeing"),
                "CC-BY",
                "sample-source",
                List.of(
                    new Questionnaire.Item(
                        "mood",
                        Label.of("Umore?", "Mood?"),
                        Questionnaire.AnswerType.SINGLE_CHOICE,
                        List.of(new Questionnaire.Option("good", Label.of("Buono", "Good"), 0)),
                        null,
                        null),
                    new Questionnaire.Item(
                        "pain",
                        Label.of("Dolore", "Pain"),
                        Questionnaire.AnswerType.NUMBER,
                        List.of(),
                        0.0,
                        10.5)),
                List.of(
                    new Questionnaire.ScoreBand(0, 3, Label.of("Bene", "Fine"), null),
                    new Questionnaire.ScoreBand(
                        4, 10, Label.of("Male", "Bad"), AlarmLevel.ALARM)))),
        List.of(
            new TariffHypothesis(
                TelemedicineService.TELEVISIT,
                new BigDecimal("22.50"),
                Label.of("Ipotesi", "Guess"))),
        List.of(new Source("sample-source", "Test fixture, not clinical content")));
  }
}
