package it.lombardia.irt.plugins.template;

import it.lombardia.irt.spi.ClinicalNetworkPlugin;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.RaciEntry;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import it.lombardia.irt.spi.content.VitalSign;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The smallest complete plug-in: one condition, one monitored parameter, thresholds at two levels,
 * a trend rule, the actions for each level, one pathway stage. Replace every value with your
 * working group's content and cite its source.
 */
public final class TemplatePlugin implements ClinicalNetworkPlugin {

  private static final String WEIGHT = VitalSign.BODY_WEIGHT.code();

  @Override
  public NetworkDefinition define() {
    Protocol protocol =
        new Protocol(
            "template-protocol",
            Label.of("Protocollo modello", "Template protocol"),
            List.of("template-source"),
            List.of(
                Criterion.of(
                    "adult",
                    Label.of("Età di almeno 18 anni", "Aged 18 or more"),
                    "age-years",
                    Criterion.Operator.AT_LEAST,
                    "18")),
            List.of(),
            List.of(
                // a standard vital sign from the SPI's catalogue: LOINC, UCUM, name, plausible
                // range
                VitalSign.BODY_WEIGHT.parameter(Duration.ofDays(1))),
            List.of(
                new Threshold(
                    WEIGHT, AlarmLevel.ATTENTION, Threshold.Direction.ABOVE, 100, 80, 130),
                new Threshold(WEIGHT, AlarmLevel.ALARM, Threshold.Direction.ABOVE, 110, 90, 140)),
            List.of(
                new TrendRule(
                    "weight-gain",
                    Label.of("Aumento di 2 kg in 72 ore", "Gain of 2 kg in 72 hours"),
                    WEIGHT,
                    TrendRule.Kind.RISE,
                    2,
                    Duration.ofHours(72),
                    AlarmLevel.ALARM)),
            List.of(
                new AlarmAction(
                    AlarmLevel.ATTENTION,
                    List.of(Action.CALL_BY_NURSE),
                    Label.of("L'infermiere chiama il paziente", "The nurse calls the patient")),
                new AlarmAction(
                    AlarmLevel.ALARM,
                    List.of(Action.CALL_BY_PHYSICIAN, Action.TELEVISIT),
                    Label.of(
                        "Il medico valuta con una televisita",
                        "The physician assesses by televisit"))),
            List.of(
                new PathwayStage(
                    "follow-up",
                    Label.of("Follow-up", "Follow-up"),
                    Set.of(TelemedicineService.TELEMONITORING_LEVEL_1))),
            List.of(
                new RaciEntry(
                    Label.of("Lettura delle misure", "Reading the measurements"),
                    "IFeC nurse",
                    RaciEntry.Raci.RESPONSIBLE)),
            List.of(),
            List.of());
    return new NetworkDefinition(
        "template",
        "1.0.0",
        "[1.5,2.0)",
        Label.of("Rete modello", "Template network"),
        List.of(
            new ConditionDefinition(
                "template-condition",
                Label.of("Condizione modello", "Template condition"),
                protocol)),
        List.of(),
        List.of(),
        List.of(),
        List.of(
            new Source(
                "template-source",
                "Replace with the guideline or consensus document, authors, year")));
  }
}
