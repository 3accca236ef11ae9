package it.lombardia.irt.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmRaised;
import it.lombardia.irt.domain.model.monitoring.AlarmRepository;
import it.lombardia.irt.domain.model.monitoring.AlarmTrigger;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.testing.Ids;
import it.lombardia.irt.testing.RecordedEvents;
import it.lombardia.irt.testing.plans.InMemoryCarePlans;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The alarm rules without a server, on a fixed clock: alarms in memory, each step's event handed to
 * the observer that writes the home-care record.
 */
class AlarmsTest {

  /** Tuesday 10 March 2026, 9:00 in Italy: inside the nurse's daytime step. */
  private static final Instant EVENT = Instant.parse("2026-03-10T08:00:00Z");

  private static final Instant DEADLINE = EVENT.plus(Duration.ofMinutes(15));
  private static final Duration FALLBACK_WINDOW = Duration.ofMinutes(30);
  private static final String KEY = "threshold:hf:59408-5:BELOW";

  /** The nurse by day (8–20), then Dr Bianchi: 15 minutes to acknowledge an ALARM, 5 a CRITICAL. */
  private static final List<AlarmStep> PROTOCOL =
      List.of(nurseByDay(AlarmLevel.ALARM, 15), nurseByDay(AlarmLevel.CRITICAL, 5));

  private static final Actor NURSE = person("nurse.rossi", Role.NURSE);
  private static final Actor MMG = person("mmg", Role.PHYSICIAN);

  private final InMemoryAlarmRepository repository = new InMemoryAlarmRepository();
  private final RecordedEntries recorded = new RecordedEntries();
  private final RecordedEvents<AlarmRaised> raised;
  private final Alarms alarms = new Alarms();

  AlarmsTest() {
    AlarmRecord record = new AlarmRecord();
    record.record = recorded;
    raised = new RecordedEvents<>(record::raised);
    alarms.repository = repository;
    alarms.plans = new InMemoryCarePlans();
    alarms.raisedEvents = raised;
    alarms.escalated = new RecordedEvents<>(record::escalated);
    alarms.acknowledged = new RecordedEvents<>(record::acknowledged);
    alarms.closed = new RecordedEvents<>(record::closed);
    alarms.fallbackMinutes = FALLBACK_WINDOW.toMinutes();
    alarms.profiles =
        new MonitoringProfiles() {
          @Override
          public MonitoringProfile profile(long patientId) {
            return new MonitoringProfile(patientId, List.of(), List.of());
          }
        };
    at(EVENT);
  }

  @Test
  void anAlarmIsLeftWithItsRecipientUntilTheDeadlineHasPassed() {
    long id = raiseFor(7, AlarmLevel.ALARM, EVENT);

    at(DEADLINE);
    assertTrue(alarms.overdue().isEmpty(), "at the deadline it is still in time");
    alarms.escalate(id);

    assertEquals("nurse.rossi", alarm(id).getRecipient());
    assertEquals(0, alarm(id).getEscalations());
    assertEquals(1, recorded.entries.size(), "only the raising is written");
  }

  @Test
  void aSecondPastTheDeadlineTheFallbackTakesItWithAWindowOfItsOwn() {
    long id = raiseFor(7, AlarmLevel.ALARM, EVENT);
    Instant late = DEADLINE.plusSeconds(1);

    at(late);
    assertEquals(List.of(id), alarms.overdue().stream().map(AlarmRepository.Overdue::id).toList());
    alarms.escalate(id);

    assertEquals("dr.bianchi", alarm(id).getRecipient());
    assertEquals(late.plus(FALLBACK_WINDOW), alarm(id).getAcknowledgeBy());
    assertEquals("record.entry.alarm.escalated(dr.bianchi)", lastWritten());
  }

  @Test
  void whenTheFallbackLetsItsWindowPassTooTheCotKeepsIt() {
    long id = raiseFor(7, AlarmLevel.ALARM, EVENT);
    Instant late = DEADLINE.plusSeconds(1);
    at(late);
    alarms.escalate(id);

    at(late.plus(FALLBACK_WINDOW).plusSeconds(1));
    alarms.escalate(id);

    assertEquals(AlarmStep.COT_CENTRE, alarm(id).getRecipient());
    assertNull(alarm(id).getAcknowledgeBy(), "the COT has no deadline");
    at(EVENT.plus(Duration.ofDays(1)));
    assertTrue(alarms.overdue().isEmpty());
  }

  @Test
  void aRepeatUpdatesTheOpenAlarmAndOnlyAHigherLevelIsWrittenAgain() {
    long id = raiseFor(7, AlarmLevel.ALARM, EVENT);
    raiseFor(7, AlarmLevel.ALARM, EVENT.plusSeconds(300));

    assertEquals(1, repository.alarms.size());
    assertEquals(2, alarm(id).getTriggerCount());
    assertEquals(1, recorded.entries.size(), "a repeat at the same level is not written");

    raiseFor(7, AlarmLevel.CRITICAL, EVENT.plusSeconds(600));

    assertEquals(1, repository.alarms.size());
    assertEquals(AlarmLevel.CRITICAL, alarm(id).getLevel());
    assertEquals(
        EVENT.plusSeconds(600).plus(Duration.ofMinutes(5)),
        alarm(id).getAcknowledgeBy(),
        "routed again by the higher level's step");
    assertTrue(
        lastWritten().startsWith("record.entry.alarm.higher(enum.AlarmLevel."), lastWritten());
    assertTrue(raised.fired.get(1).higherLevel());
  }

  @Test
  void aMissingDataAlarmIsRaisedOnceWhileItIsOpen() {
    AlarmTrigger missing =
        trigger("missing:hf:29463-7", Alarm.Kind.MISSING, AlarmLevel.ALARM, EVENT);
    CallContext.as(NURSE, () -> raise(7, missing));
    CallContext.as(NURSE, () -> raise(7, missing));

    assertEquals(1, repository.alarms.size());
    assertEquals(1, repository.alarms.get(0).getTriggerCount());
    assertEquals(1, raised.fired.size());
  }

  @Test
  void thePatientsAreLockedOnceInIdOrderBeforeTheirOpenAlarmsAreRead() {
    Alarms.Raised nine = raised(9, trigger(KEY, Alarm.Kind.THRESHOLD, AlarmLevel.ALARM, EVENT));
    Alarms.Raised seven = raised(7, trigger(KEY, Alarm.Kind.THRESHOLD, AlarmLevel.ALARM, EVENT));

    as(
        NURSE,
        () -> {
          alarms.raise(List.of(nine, seven, nine));
          return null;
        });

    assertEquals(List.of(List.of(7L, 9L)), repository.locked);
    assertEquals(2, repository.alarms.size(), "the repeat in the same batch updates the first");
  }

  @Test
  void onlyARecipientTakesAnAlarmInChargeAndItIsWrittenWithTheAction() {
    long id = raiseFor(7, AlarmLevel.ALARM, EVENT);
    at(EVENT.plusSeconds(60));

    assertThrows(
        AccessDeniedException.class,
        () -> as(MMG, () -> alarms.acknowledge(id, AlarmAction.Action.CALL_BY_NURSE, null)));
    as(NURSE, () -> alarms.acknowledge(id, AlarmAction.Action.CALL_BY_NURSE, " chiamata "));

    assertEquals(Alarm.State.ACKNOWLEDGED, alarm(id).getState());
    assertEquals(EVENT.plusSeconds(60), alarm(id).getAcknowledgedAt());
    assertEquals(
        "record.entry.alarm.acknowledged(enum.AlarmAction.Action.CALL_BY_NURSE;"
            + " record.entry.remark.dash(chiamata))",
        lastWritten());
    assertTrue(alarms.overdue().isEmpty(), "an acknowledged alarm is never overdue");
  }

  @Test
  void theInboxShowsTheMostSevereFirstThenTheOldest() {
    long older = raiseFor(7, AlarmLevel.ALARM, EVENT);
    long newer = raiseFor(8, AlarmLevel.ALARM, EVENT.plusSeconds(60));
    long critical = raiseFor(9, AlarmLevel.CRITICAL, EVENT.plusSeconds(120));
    repository.patientNames.put(7L, "Rossi Mario");
    CallContext.as(
        NURSE,
        () -> {
          alarms.acknowledge(critical, AlarmAction.Action.EMERGENCY_118, null);
          return null;
        });

    List<Alarms.InboxEntry> inbox = as(NURSE, alarms::inbox);

    assertEquals(
        List.of(critical, older, newer), inbox.stream().map(e -> e.alarm().getId()).toList());
    assertEquals("Rossi Mario", inbox.get(1).patientName());
    assertTrue(as(MMG, alarms::inbox).isEmpty(), "routed to nobody else");
  }

  private long raiseFor(long patientId, AlarmLevel level, Instant at) {
    return as(NURSE, () -> raise(patientId, trigger(KEY, Alarm.Kind.THRESHOLD, level, at)));
  }

  private long raise(long patientId, AlarmTrigger trigger) {
    alarms.raise(List.of(raised(patientId, trigger)));
    return repository.openOf(List.of(patientId)).get(0).getId();
  }

  private static Alarms.Raised raised(long patientId, AlarmTrigger trigger) {
    Patient patient =
        new Patient(
            CodiceFiscale.parse("RSSMRA50A01F205R"),
            "Mario",
            "Rossi",
            LocalDate.of(1950, 1, 1),
            "M",
            "mmg",
            EVENT);
    MonitoredPlan plan =
        new MonitoredPlan(1, 3, "heart-failure", "1.0.0", null, List.of(), PROTOCOL, EVENT);
    return new Alarms.Raised(Ids.withId(patient, patientId), plan, trigger);
  }

  private static AlarmStep nurseByDay(AlarmLevel level, int minutes) {
    return new AlarmStep(
        level, "nurse.rossi", LocalTime.of(8, 0), LocalTime.of(20, 0), minutes, "dr.bianchi");
  }

  private static AlarmTrigger trigger(String key, Alarm.Kind kind, AlarmLevel level, Instant at) {
    return new AlarmTrigger(
        key, kind, level, "59408-5", 88.0, "%", 90.0, "SpO2 sotto 90", "SpO2 below 90", at);
  }

  private void at(Instant now) {
    alarms.clock = Clock.fixed(now, Italy.ZONE);
  }

  private Alarm alarm(long id) {
    return repository.find(id).orElseThrow();
  }

  private String lastWritten() {
    return recorded.last();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }

  private static Actor person(String name, Role role) {
    return new Actor(name, name, "ASST-TEST", "ASST di prova", Set.of(role), null, null);
  }
}
