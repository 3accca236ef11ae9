package it.lombardia.irt.domain.model.monitoring;

import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.AlarmAction.Action;
import it.lombardia.irt.spi.content.AlarmLevel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlarmTest {

  private static final String KEY = "threshold:hf:59408-5:BELOW";
  private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant DEADLINE = T0.plus(Duration.ofMinutes(30));
  private static final AlarmRoute TO_NURSE = new AlarmRoute("nurse.rossi", DEADLINE, "dr.bianchi");

  private static Instant minutes(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  private static AlarmTrigger trigger(AlarmLevel level, double value, Instant at) {
    return new AlarmTrigger(
        KEY,
        Alarm.Kind.THRESHOLD,
        level,
        "59408-5",
        value,
        "%",
        92.0,
        "SpO2 " + value + " it",
        "SpO2 " + value + " en",
        at);
  }

  private static Alarm raised(AlarmLevel level, double value) {
    return new Alarm(7L, 3L, trigger(level, value, T0), TO_NURSE);
  }

  @Test
  void aNewAlarmIsOpenWithTheTriggerAndTheRoute() {
    Alarm alarm = raised(ATTENTION, 91);
    assertEquals(Alarm.State.OPEN, alarm.getState());
    assertEquals(7L, alarm.getPatientId());
    assertEquals(3L, alarm.getPlanId());
    assertEquals(KEY, alarm.getRuleKey());
    assertEquals(Alarm.Kind.THRESHOLD, alarm.getKind());
    assertEquals(ATTENTION, alarm.getLevel());
    assertEquals(1, alarm.getTriggerCount());
    assertEquals(91.0, alarm.getValue());
    assertEquals(T0, alarm.getFirstAt());
    assertEquals(T0, alarm.getLastAt());
    assertEquals("nurse.rossi", alarm.getRecipient());
    assertEquals(DEADLINE, alarm.getAcknowledgeBy());
    assertEquals("dr.bianchi", alarm.getFallback());
    assertEquals(0, alarm.getEscalations());
  }

  @Test
  void aRepeatCountsTheTriggerAndKeepsTheLatestReading() {
    Alarm alarm = raised(ATTENTION, 91);
    assertFalse(alarm.repeat(trigger(ATTENTION, 90.5, minutes(60))));
    assertEquals(2, alarm.getTriggerCount());
    assertEquals(ATTENTION, alarm.getLevel());
    assertEquals(90.5, alarm.getValue());
    assertEquals("SpO2 90.5 it", alarm.getExplanationIt());
    assertEquals("SpO2 90.5 en", alarm.getExplanationEn());
    assertEquals(minutes(60), alarm.getLastAt());
    assertEquals(T0, alarm.getFirstAt());
    assertEquals("nurse.rossi", alarm.getRecipient());
  }

  @Test
  void aHigherLevelRepeatRaisesTheLevelAndReopensAnAcknowledgedAlarm() {
    Alarm alarm = raised(ATTENTION, 91);
    alarm.acknowledge(Action.CALL_BY_NURSE, null, "nurse.rossi", minutes(10));
    assertEquals(Alarm.State.ACKNOWLEDGED, alarm.getState());

    assertTrue(alarm.repeat(trigger(CRITICAL, 84, minutes(60))));
    assertEquals(CRITICAL, alarm.getLevel());
    assertEquals(Alarm.State.OPEN, alarm.getState());
    assertEquals(2, alarm.getTriggerCount());
    assertEquals(84.0, alarm.getValue());
  }

  @Test
  void aLowerLevelRepeatKeepsTheLevel() {
    Alarm alarm = raised(ALARM, 89);
    assertFalse(alarm.repeat(trigger(ATTENTION, 91, minutes(60))));
    assertEquals(ALARM, alarm.getLevel());
    assertEquals(91.0, alarm.getValue(), "the latest reading is still shown");
    assertFalse(alarm.repeat(trigger(ALARM, 89.5, minutes(90))), "the same level is no rise");
    assertEquals(3, alarm.getTriggerCount());

    alarm.acknowledge(Action.CALL_BY_NURSE, null, "nurse.rossi", minutes(100));
    assertFalse(alarm.repeat(trigger(ATTENTION, 91, minutes(120))));
    assertEquals(Alarm.State.ACKNOWLEDGED, alarm.getState(), "a lower level does not reopen it");
  }

  @Test
  void anOlderTriggerDoesNotOverwriteTheLatestReading() {
    Alarm alarm = new Alarm(7L, 3L, trigger(ATTENTION, 91, minutes(120)), TO_NURSE);
    assertFalse(alarm.repeat(trigger(ATTENTION, 90.5, minutes(60))));
    assertEquals(2, alarm.getTriggerCount(), "it still counts");
    assertEquals(91.0, alarm.getValue());
    assertEquals("SpO2 91.0 it", alarm.getExplanationIt());
    assertEquals(minutes(120), alarm.getLastAt());
  }

  @Test
  void acknowledgeRequiresAnActionAndAnOpenAlarm() {
    Alarm alarm = raised(ALARM, 89);
    assertEquals(
        "error.alarm.action",
        assertThrows(
                RuleViolation.class,
                () -> alarm.acknowledge(null, "chiamata", "nurse.rossi", minutes(5)))
            .key());
    assertEquals(Alarm.State.OPEN, alarm.getState());
    assertNull(alarm.getAcknowledgedBy());

    alarm.acknowledge(Action.CALL_BY_NURSE, "Paziente contattato", "nurse.rossi", minutes(5));
    assertEquals(Alarm.State.ACKNOWLEDGED, alarm.getState());
    assertEquals(Action.CALL_BY_NURSE, alarm.getAction());
    assertEquals("Paziente contattato", alarm.getActionNote());
    assertEquals("nurse.rossi", alarm.getAcknowledgedBy());
    assertEquals(minutes(5), alarm.getAcknowledgedAt());
    assertNull(alarm.getAcknowledgeBy(), "no deadline once acknowledged");

    assertEquals(
        "error.alarm.notOpen",
        assertThrows(
                RuleViolation.class,
                () -> alarm.acknowledge(Action.TELEVISIT, null, "dr.bianchi", minutes(6)))
            .key());
    assertEquals(Action.CALL_BY_NURSE, alarm.getAction());
    assertEquals("nurse.rossi", alarm.getAcknowledgedBy());
  }

  @Test
  void closeRequiresAcknowledgementAndAnOutcome() {
    Alarm alarm = raised(ALARM, 89);
    assertEquals(
        "error.alarm.notAcknowledged",
        assertThrows(RuleViolation.class, () -> alarm.close("Risolto", "dr.bianchi", minutes(5)))
            .key());
    assertEquals(Alarm.State.OPEN, alarm.getState());

    alarm.acknowledge(Action.TELEVISIT, null, "dr.bianchi", minutes(5));
    assertEquals(
        "error.alarm.outcome",
        assertThrows(RuleViolation.class, () -> alarm.close("   ", "dr.bianchi", minutes(60)))
            .key());
    assertEquals(
        "error.alarm.outcome",
        assertThrows(RuleViolation.class, () -> alarm.close(null, "dr.bianchi", minutes(60)))
            .key());
    assertEquals(Alarm.State.ACKNOWLEDGED, alarm.getState());

    alarm.close("  Diuretico aumentato \n", "dr.bianchi", minutes(60));
    assertEquals(Alarm.State.CLOSED, alarm.getState());
    assertEquals("Diuretico aumentato", alarm.getOutcome());
    assertEquals("dr.bianchi", alarm.getClosedBy());
    assertEquals(minutes(60), alarm.getClosedAt());

    assertThrows(
        IllegalStateException.class, () -> alarm.repeat(trigger(CRITICAL, 80, minutes(70))));
    assertEquals(ALARM, alarm.getLevel());
    assertEquals(
        "error.alarm.notAcknowledged",
        assertThrows(RuleViolation.class, () -> alarm.close("Ancora", "dr.bianchi", minutes(80)))
            .key(),
        "a closed alarm is not closed twice");
  }

  @Test
  void isOverdueOnlyWhileOpenPastTheDeadline() {
    Alarm alarm = raised(ALARM, 89);
    assertFalse(alarm.isOverdue(minutes(29)));
    assertFalse(alarm.isOverdue(DEADLINE), "the deadline itself is still in time");
    assertTrue(alarm.isOverdue(minutes(31)));

    alarm.acknowledge(Action.CALL_BY_NURSE, null, "nurse.rossi", minutes(40));
    assertFalse(alarm.isOverdue(minutes(41)));

    Alarm atCot =
        new Alarm(7L, 3L, trigger(ALARM, 89, T0), new AlarmRoute(AlarmStep.COT_CENTRE, null, null));
    assertFalse(atCot.isOverdue(minutes(60 * 24)), "the COT has no deadline");
  }

  @Test
  void escalateCountsEscalationsAndHandsTheAlarmOver() {
    Alarm alarm = raised(ALARM, 89);
    alarm.escalate(new AlarmRoute("dr.bianchi", minutes(50), AlarmStep.COT_CENTRE));
    assertEquals(1, alarm.getEscalations());
    assertEquals("dr.bianchi", alarm.getRecipient());
    assertEquals(minutes(50), alarm.getAcknowledgeBy());
    assertEquals(AlarmStep.COT_CENTRE, alarm.getFallback());
    assertFalse(alarm.isOverdue(minutes(40)), "the new recipient has a new deadline");
    assertTrue(alarm.isOverdue(minutes(51)));

    alarm.escalate(new AlarmRoute(AlarmStep.COT_CENTRE, null, null));
    assertEquals(2, alarm.getEscalations());
    assertEquals(AlarmStep.COT_CENTRE, alarm.getRecipient());
    assertNull(alarm.getFallback());
    assertFalse(alarm.isOverdue(minutes(60 * 24)));

    alarm.acknowledge(Action.CALL_BY_PHYSICIAN, null, "cot.operator", minutes(70));
    assertThrows(
        IllegalStateException.class,
        () -> alarm.escalate(new AlarmRoute("dr.bianchi", minutes(90), null)));
    assertEquals(2, alarm.getEscalations());
    assertEquals(AlarmStep.COT_CENTRE, alarm.getRecipient());
  }
}
