package it.lombardia.irt.spi.validation;

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

/** A small valid network, and variants of it with one thing wrong, for the validator's tests. */
final class SampleNetwork {

  private SampleNetwork() {}

  static final String WEIGHT = "29463-7";

  static MonitoredParameter weight(String unit) {
    return new MonitoredParameter(
        WEIGHT, Label.of("Peso", "Weight"), unit, 20, 300, Duration.ofDays(1));
  }

  static Threshold weightAbove(AlarmLevel level, double value) {
    return new Threshold(WEIGHT, level, Threshold.Direction.ABOVE, value, value - 10, value + 10);
  }

  static Protocol protocol(
      MonitoredParameter parameter, List<Threshold> thresholds, List<String> devices) {
    return new Protocol(
        "weight-watch",
        Label.of("Controllo del peso", "Weight watch"),
        List.of("sample-guideline"),
        List.of(
            new Criterion(
                "adult",
                Label.of("Adulto", "Adult"),
                "age-years",
                Criterion.Operator.AT_LEAST,
                List.of("18"))),
        List.of(),
        List.of(parameter),
        thresholds,
        List.of(
            new TrendRule(
                "gain",
                Label.of("Aumento di peso", "Weight gain"),
                WEIGHT,
                TrendRule.Kind.RISE,
                2,
                Duration.ofHours(72),
                AlarmLevel.ALARM)),
        List.of(
            new AlarmAction(
                AlarmLevel.ATTENTION,
                List.of(AlarmAction.Action.CALL_BY_NURSE),
                Label.of("Chiamare", "Call")),
            new AlarmAction(
                AlarmLevel.ALARM,
                List.of(AlarmAction.Action.TELEVISIT),
                Label.of("Televisita", "Televisit"))),
        List.of(
            new PathwayStage(
                "follow-up",
                Label.of("Follow-up", "Follow-up"),
                Set.of(TelemedicineService.TELEMONITORING_LEVEL_1))),
        List.of(
            new RaciEntry(
                Label.of("Lettura", "Reading"), "IFeC nurse", RaciEntry.Raci.RESPONSIBLE)),
        devices,
        List.of("symptoms"));
  }

  static NetworkDefinition network(Protocol protocol) {
    return new NetworkDefinition(
        "sample",
        "1.0.0",
        "[1.0,2.0)",
        Label.of("Rete di prova", "Sample network"),
        List.of(
            new ConditionDefinition("overweight", Label.of("Sovrappeso", "Overweight"), protocol)),
        List.of(
            new DeviceType(
                "scale",
                Label.of("Bilancia", "Scale"),
                List.of(WEIGHT),
                DeviceType.Connectivity.BLUETOOTH_GATEWAY,
                "I",
                DeviceType.MonitoringLevel.LEVEL_1)),
        List.of(
            new Questionnaire(
                "symptoms",
                Label.of("Sintomi", "Symptoms"),
                "CC BY 4.0",
                "Sample working group",
                List.of(
                    new Questionnaire.Item(
                        "breath",
                        Label.of("Fiato corto?", "Short of breath?"),
                        Questionnaire.AnswerType.YES_NO,
                        List.of(
                            new Questionnaire.Option("no", Label.of("No", "No"), 0),
                            new Questionnaire.Option("yes", Label.of("Sì", "Yes"), 1)),
                        null,
                        null)),
                List.of(
                    new Questionnaire.ScoreBand(0, 0, Label.of("Bene", "Well"), null),
                    new Questionnaire.ScoreBand(
                        1, 1, Label.of("Sintomi", "Symptoms"), AlarmLevel.ATTENTION)))),
        List.of(
            new TariffHypothesis(
                TelemedicineService.TELEMONITORING_LEVEL_1,
                new BigDecimal("30.00"),
                Label.of("Mese", "Month"))),
        List.of(new Source("sample-guideline", "Sample guideline, 2024")));
  }

  static NetworkDefinition valid() {
    return network(
        protocol(
            weight("kg"),
            List.of(weightAbove(AlarmLevel.ATTENTION, 100), weightAbove(AlarmLevel.ALARM, 110)),
            List.of("scale")));
  }
}
