package it.lombardia.irt.application.plan;

import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanValidationTest {

  private static final String SPO2 = "59408-5";
  private static final Protocol PROTOCOL =
      new Protocol(
          "copd",
          Label.of("BPCO", "COPD"),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new MonitoredParameter(
                  SPO2,
                  Label.of("Saturazione", "Oxygen saturation"),
                  "%",
                  50,
                  100,
                  Duration.ofDays(1))),
          List.of(
              new Threshold(SPO2, AlarmLevel.ALARM, Threshold.Direction.BELOW, 90, 85, 92),
              new Threshold(SPO2, AlarmLevel.CRITICAL, Threshold.Direction.BELOW, 85, 80, 88)),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());
  private static final Set<TelemedicineService> ENROLLED =
      EnumSet.of(TelemedicineService.TELEMONITORING_LEVEL_1);
  private static final Set<String> CLINICIANS = Set.of("pneumologo", "infermiere");

  private static CarePlan.Content content(
      List<PersonalisedThreshold> thresholds, List<AlarmStep> steps) {
    return new CarePlan.Content(
        "Keep SpO2 stable",
        "daily",
        ENROLLED,
        LocalDate.now().plusMonths(3),
        List.of(
            new CarePlan.Member("pneumologo", "pneumologo referente"),
            new CarePlan.Member("infermiere", "infermiere di famiglia")),
        thresholds,
        steps,
        null,
        null,
        null,
        null);
  }

  private static List<AlarmStep> everyLevel() {
    return List.of(
        new AlarmStep(
            AlarmLevel.ALARM,
            "infermiere",
            LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            60,
            "centre:COT"),
        new AlarmStep(
            AlarmLevel.CRITICAL,
            "pneumologo",
            LocalTime.MIDNIGHT,
            LocalTime.MIDNIGHT,
            15,
            "centre:COT"));
  }

  private static List<Problem> check(CarePlan.Content c, boolean forApproval) {
    return PlanValidation.check(c, CarePlan.Kind.PAI, PROTOCOL, ENROLLED, CLINICIANS, forApproval);
  }

  @Test
  void acceptsThresholdsWithinThePersonalisableRange() {
    var c =
        content(
            List.of(new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 88, BELOW)), everyLevel());
    assertEquals(List.of(), check(c, true));
  }

  @Test
  void rejectsThresholdOutsidePluginRange() {
    var c =
        content(
            List.of(new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 80, BELOW)), everyLevel());
    List<Problem> problems = check(c, false);
    assertEquals(1, problems.size());
    assertEquals("error.plan.thresholdRange", problems.get(0).key());
    assertTrue(
        problems
            .get(0)
            .message()
            .contains("80 is outside the range the protocol allows, 85 to 92 %"),
        problems.get(0).message());
  }

  @Test
  void rejectsAThresholdTheProtocolDoesNotHave() {
    var c =
        content(
            List.of(new PersonalisedThreshold(SPO2, AlarmLevel.ATTENTION, 93, BELOW)),
            everyLevel());
    assertEquals("error.plan.thresholdUnknown", check(c, false).get(0).key());
  }

  @Test
  void rejectsADirectionTheProtocolDoesNotHaveAndAThresholdPersonalisedTwice() {
    var above =
        content(
            List.of(new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 99, ABOVE)), everyLevel());
    assertEquals("error.plan.thresholdUnknown", check(above, false).get(0).key());
    var twice =
        content(
            List.of(
                new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 88, BELOW),
                new PersonalisedThreshold(SPO2, AlarmLevel.ALARM, 89, null)),
            everyLevel());
    assertEquals(
        "error.plan.thresholdTwice",
        check(twice, false).get(0).key(),
        "a plan written before directions names the protocol's first threshold: the same one");
  }

  @Test
  void approvalNeedsARecipientForEveryAlarmLevel() {
    var c = content(List.of(), everyLevel().subList(0, 1));
    assertEquals(List.of(), check(c, false));
    assertEquals("error.plan.alarmLevel", check(c, true).get(0).key());
  }

  @Test
  void rejectsRecipientsOutsideTheTeamAndFallbacksToTheSamePerson() {
    var steps =
        List.of(
            new AlarmStep(
                AlarmLevel.ALARM,
                "stranger",
                LocalTime.of(8, 0),
                LocalTime.of(20, 0),
                60,
                "stranger"));
    List<String> keys = check(content(List.of(), steps), false).stream().map(Problem::key).toList();
    assertEquals(List.of("error.plan.alarmRecipient", "error.plan.alarmFallback"), keys);
  }

  @Test
  void rejectsTeamMembersWhoAreNotClinicians() {
    var c =
        new CarePlan.Content(
            null,
            null,
            ENROLLED,
            null,
            List.of(new CarePlan.Member("helpdesk", "help")),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null);
    assertEquals("error.plan.member", check(c, false).get(0).key());
  }
}
