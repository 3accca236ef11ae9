package it.lombardia.irt.spi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.FactType;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionTypeValidationTest {

  private static Criterion criterion(String fact, Operator op, String... values) {
    return new Criterion(fact, Label.of("Criterio", "Criterion"), fact, op, List.of(values));
  }

  private static ValidationReport validate(Criterion c) {
    Protocol p =
        SampleNetwork.protocol(
            SampleNetwork.weight("kg"),
            List.of(SampleNetwork.weightAbove(it.lombardia.irt.spi.content.AlarmLevel.ALARM, 110)),
            List.of("scale"));
    Protocol with =
        new Protocol(
            p.id(),
            p.name(),
            p.sources(),
            List.of(c),
            p.exclusion(),
            p.parameters(),
            p.thresholds(),
            p.trendRules(),
            p.alarmActions(),
            p.pathway(),
            p.roles(),
            p.devices(),
            p.questionnaires());
    return NetworkValidator.validate(SampleNetwork.network(with));
  }

  @Test
  void olderCriteriaGetTheirTypeFromTheOperator() {
    assertEquals(FactType.YES_NO, criterion("consent", Operator.PRESENT).factType());
    assertEquals(FactType.YES_NO, criterion("dialysis", Operator.EQUALS, "yes").factType());
    assertEquals(FactType.CHOICE, criterion("nyha", Operator.IN, "II").factType());
    assertEquals(FactType.NUMBER, criterion("age", Operator.AT_LEAST, "18").factType());
  }

  @Test
  void acceptsANumberWithAUcumUnitAndADateAgainstAPeriod() {
    ValidationReport number = validate(criterion("age", Operator.AT_LEAST, "18").inUnit("a"));
    ValidationReport date = validate(criterion("stroke-date", Operator.AT_LEAST, "P12M").onDate());

    assertTrue(number.isValid(), number.describe());
    assertTrue(date.isValid(), date.describe());
  }

  @Test
  void refusesAValueThatIsNotAmongTheChoices() {
    ValidationReport report =
        validate(
            criterion("nyha", Operator.IN, "II", "V")
                .choosing(
                    new Criterion.Choice("II", Label.of("Classe II", "Class II")),
                    new Criterion.Choice("III", Label.of("Classe III", "Class III"))));

    assertFalse(report.isValid());
    assertTrue(report.describe().contains("V is not one of the choices"), report.describe());
  }

  @Test
  void refusesAUnitOnAFactThatIsNoNumberAndAnOperatorTheTypeCannotUse() {
    ValidationReport unit =
        validate(
            new Criterion(
                "c",
                Label.of("C", "C"),
                "c",
                Operator.PRESENT,
                List.of(),
                FactType.YES_NO,
                "kg",
                List.of()));
    ValidationReport operator = validate(criterion("d", Operator.IN, "2025-01-01").onDate());

    assertTrue(unit.describe().contains("only a number fact has a unit"), unit.describe());
    assertTrue(operator.describe().contains("IN cannot compare a DATE fact"), operator.describe());
  }
}
