package it.lombardia.irt.spi.validation;

import static it.lombardia.irt.spi.validation.SampleNetwork.network;
import static it.lombardia.irt.spi.validation.SampleNetwork.protocol;
import static it.lombardia.irt.spi.validation.SampleNetwork.weight;
import static it.lombardia.irt.spi.validation.SampleNetwork.weightAbove;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.Threshold;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkValidatorTest {

  private static String problems(NetworkDefinition n) {
    ValidationReport report = NetworkValidator.validate(n);
    assertFalse(report.isValid(), "expected problems");
    return report.describe();
  }

  @Test
  void acceptsAWellFormedNetwork() {
    ValidationReport report = NetworkValidator.validate(SampleNetwork.valid());

    assertTrue(report.isValid(), report.describe());
  }

  @Test
  void rejectsAUnitThatIsNotUcum() {
    String report = problems(network(protocol(weight("kilos"), List.of(), List.of("scale"))));

    assertTrue(
        report.contains(
            "conditions[overweight].protocol.parameters[29463-7].unit: not a valid UCUM unit: kilos"),
        report);
  }

  @Test
  void rejectsALoincCodeWithAWrongCheckDigit() {
    MonitoredParameter wrong =
        new MonitoredParameter(
            "29463-8", Label.of("Peso", "Weight"), "kg", 20, 300, Duration.ofDays(1));

    String report = problems(network(protocol(wrong, List.of(), List.of("scale"))));

    assertTrue(report.contains("not a LOINC code with a valid check digit: 29463-8"), report);
  }

  @Test
  void rejectsAMolarMassThatIsNotPositive() {
    MonitoredParameter glucose =
        new MonitoredParameter(
            "41653-7", Label.of("Glicemia", "Glucose"), "mg/dL", 20, 600, Duration.ofDays(1), 0.0);

    String report = problems(network(protocol(glucose, List.of(), List.of("scale"))));

    assertTrue(
        report.contains("parameters[41653-7].molarMass: must be a positive number of g/mol"),
        report);
  }

  @Test
  void rejectsAnotherCodeWithAWrongCheckDigitOrTakenByAParameter() {
    MonitoredParameter glucose =
        new MonitoredParameter(
                "41653-7", Label.of("Glicemia", "Glucose"), "mg/dL", 20, 600, Duration.ofDays(1))
            .alsoCodedAs("14743-8", "41653-7");

    String report = problems(network(protocol(glucose, List.of(), List.of("scale"))));

    assertTrue(
        report.contains(
            "parameters[41653-7].alsoCodedAs: not a LOINC code with a valid check digit: 14743-8"),
        report);
    assertTrue(report.contains("41653-7 is another parameter's code too"), report);
  }

  @Test
  void recognisesAReadingByAnyOfItsParametersCodes() {
    MonitoredParameter glucose =
        new MonitoredParameter(
                "41653-7", Label.of("Glicemia", "Glucose"), "mg/dL", 20, 600, Duration.ofDays(1))
            .alsoCodedAs("14743-9", "15074-8");

    ValidationReport report =
        NetworkValidator.validate(network(protocol(glucose, List.of(), List.of("scale"))));

    assertFalse(report.describe().contains("alsoCodedAs"), report.describe());
    assertFalse(report.describe().contains("code too"), report.describe());
    assertTrue(glucose.isCodedAs("15074-8"));
    assertTrue(glucose.isCodedAs("41653-7"));
    assertFalse(glucose.isCodedAs("2345-7"));
  }

  @Test
  void acceptsAContinuousParameterAndRefusesAnIndexItsUnitCannotHave() {
    ContinuousRecording range =
        new ContinuousRecording(Duration.ofMinutes(15), 50.0, 150.0, List.of());
    ContinuousRecording odi =
        new ContinuousRecording(
            Duration.ZERO,
            90.0,
            null,
            List.of(ContinuousRecording.Index.OXYGEN_DESATURATION_INDEX));

    ValidationReport good =
        NetworkValidator.validate(
            network(
                protocol(weight("kg").recordedContinuously(range), List.of(), List.of("scale"))));
    String bad =
        problems(
            network(protocol(weight("kg").recordedContinuously(odi), List.of(), List.of("scale"))));

    assertTrue(good.isValid(), good.describe());
    assertTrue(
        bad.contains("parameters[29463-7].continuous.sustainedFor: must be a positive"), bad);
    assertTrue(
        bad.contains("continuous.indices: the oxygen desaturation index needs the unit %"), bad);
  }

  @Test
  void acceptsAnImplantableDeviceParameterCodedInMdc() {
    MonitoredParameter shocks =
        new MonitoredParameter(
            "737824",
            Label.of("Shock erogati", "Shocks delivered"),
            "{#}",
            0,
            100,
            Duration.ofDays(1));

    ValidationReport report =
        NetworkValidator.validate(network(protocol(shocks, List.of(), List.of("scale"))));

    assertTrue(
        report.problems().stream().noneMatch(p -> p.path().endsWith("parameters[737824].code")),
        report.describe());
  }

  @Test
  void rejectsThresholdsOutOfOrder() {
    String report =
        problems(
            network(
                protocol(
                    weight("kg"),
                    List.of(
                        weightAbove(AlarmLevel.ATTENTION, 110), weightAbove(AlarmLevel.ALARM, 100)),
                    List.of("scale"))));

    assertTrue(report.contains("ALARM (100.0) must be above ATTENTION (110.0)"), report);
  }

  @Test
  void rejectsThresholdOutsideThePlausibleRange() {
    Threshold tooHigh =
        new Threshold(
            SampleNetwork.WEIGHT, AlarmLevel.ALARM, Threshold.Direction.ABOVE, 400, 390, 410);

    String report = problems(network(protocol(weight("kg"), List.of(tooHigh), List.of("scale"))));

    assertTrue(report.contains("400.0 is outside the plausible range 20.0..300.0"), report);
  }

  @Test
  void rejectsAPersonalisationRangeThatExcludesTheDefault() {
    Threshold odd =
        new Threshold(
            SampleNetwork.WEIGHT, AlarmLevel.ALARM, Threshold.Direction.ABOVE, 100, 105, 120);

    String report = problems(network(protocol(weight("kg"), List.of(odd), List.of("scale"))));

    assertTrue(report.contains("must contain the default 100.0"), report);
  }

  @Test
  void rejectsReferencesToUndefinedDevices() {
    String report =
        problems(network(protocol(weight("kg"), List.of(), List.of("scale", "teleporter"))));

    assertTrue(report.contains("refers to device 'teleporter'"), report);
  }

  @Test
  void rejectsALevelWithoutAlarmAction() {
    String report =
        problems(
            network(
                protocol(
                    weight("kg"),
                    List.of(weightAbove(AlarmLevel.CRITICAL, 150)),
                    List.of("scale"))));

    assertTrue(report.contains("no action says what to do at level CRITICAL"), report);
  }

  @Test
  void refusesADeviceTypeWithoutAnMdrClassInsteadOfFailing() {
    NetworkDefinition valid = SampleNetwork.valid();
    DeviceType scale = valid.devices().get(0);
    NetworkDefinition unclassed =
        new NetworkDefinition(
            valid.id(),
            valid.version(),
            valid.requiredSpi(),
            valid.name(),
            valid.conditions(),
            List.of(
                new DeviceType(
                    scale.id(),
                    scale.name(),
                    scale.parameters(),
                    scale.connectivity(),
                    null,
                    scale.level())),
            valid.questionnaires(),
            valid.tariffs(),
            valid.sources());

    String report = NetworkValidator.validate(unclassed).describe();

    assertTrue(report.contains("mdrClass: must be one of"), report);
  }

  @Test
  void rejectsMissingTranslationsAndAnSpiOutOfRange() {
    NetworkDefinition valid = SampleNetwork.valid();
    NetworkDefinition broken =
        new NetworkDefinition(
            valid.id(),
            valid.version(),
            "[2.0,3.0)",
            Label.of("Rete", " "),
            valid.conditions(),
            valid.devices(),
            valid.questionnaires(),
            valid.tariffs(),
            valid.sources());

    ValidationReport report = NetworkValidator.validate(broken);

    assertEquals(2, report.problems().size(), report.describe());
    assertTrue(report.describe().contains("name: needs both an Italian and an English text"));
    assertTrue(report.describe().contains("needs SPI [2.0,3.0) but IRT implements 1.6"));
  }
}
