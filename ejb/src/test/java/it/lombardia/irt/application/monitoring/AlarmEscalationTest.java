package it.lombardia.irt.application.monitoring;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.record.RecordedSummaries;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmRoute;
import it.lombardia.irt.domain.model.monitoring.AlarmTrigger;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.testing.PersistenceFixture;
import it.lombardia.irt.testing.RecordedEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement deadlines, on a fixed clock: an alarm is overdue only once its deadline has
 * passed, then its fallback has the configured window, then the COT keeps it.
 */
class AlarmEscalationTest {

  private static final Instant EVENT = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant DEADLINE = EVENT.plus(Duration.ofMinutes(15));
  private static final Duration FALLBACK_WINDOW = Duration.ofMinutes(30);

  private final PersistenceFixture db = new PersistenceFixture();
  private final RecordedSummaries recorded = new RecordedSummaries();
  private final List<String> record = recorded.summaries;

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anAlarmIsLeftWithItsRecipientUntilTheDeadlineHasPassed() {
    long id = openAlarmForTheNurse();

    assertTrue(overdueAt(DEADLINE).isEmpty(), "at the deadline it is still in time");
    escalateAt(DEADLINE, id);

    Alarm alarm = alarm(id);
    assertEquals("nurse.rossi", alarm.getRecipient());
    assertEquals(0, alarm.getEscalations());
    assertTrue(record.isEmpty(), "nothing written");
  }

  @Test
  void aSecondPastTheDeadlineTheFallbackTakesItWithAWindowOfItsOwn() {
    long id = openAlarmForTheNurse();
    Instant late = DEADLINE.plusSeconds(1);

    assertEquals(List.of(id), overdueAt(late).stream().map(Alarms.AlarmRef::id).toList());
    escalateAt(late, id);

    Alarm alarm = alarm(id);
    assertEquals("dr.bianchi", alarm.getRecipient());
    assertEquals(late.plus(FALLBACK_WINDOW), alarm.getAcknowledgeBy());
    assertEquals(List.of("Allarme non preso in carico in tempo: passato a dr.bianchi"), record);
  }

  @Test
  void whenTheFallbackLetsItsWindowPassTooTheCotKeepsIt() {
    long id = openAlarmForTheNurse();
    Instant late = DEADLINE.plusSeconds(1);
    escalateAt(late, id);

    Instant fallbackLate = late.plus(FALLBACK_WINDOW).plusSeconds(1);
    escalateAt(fallbackLate, id);

    Alarm alarm = alarm(id);
    assertEquals(AlarmStep.COT_CENTRE, alarm.getRecipient());
    assertNull(alarm.getAcknowledgeBy(), "the COT has no deadline");
    assertTrue(overdueAt(fallbackLate.plus(Duration.ofDays(1))).isEmpty());
  }

  private long openAlarmForTheNurse() {
    return db.as(
        PersistenceFixture.admin(TENANT_A),
        s -> {
          Patient patient =
              new Patient(
                  CodiceFiscale.parse("RSSMRA50A01F205R"),
                  "Mario",
                  "Rossi",
                  LocalDate.of(1950, 1, 1),
                  "M",
                  "mmg",
                  EVENT);
          s.persist(patient);
          Alarm alarm =
              new Alarm(
                  patient.getId(),
                  null,
                  new AlarmTrigger(
                      "threshold:hf:59408-5:BELOW",
                      Alarm.Kind.THRESHOLD,
                      AlarmLevel.ALARM,
                      "59408-5",
                      88.0,
                      "%",
                      90.0,
                      "SpO2 sotto 90",
                      "SpO2 below 90",
                      EVENT),
                  new AlarmRoute("nurse.rossi", DEADLINE, "dr.bianchi"));
          s.persist(alarm);
          return alarm.getId();
        });
  }

  private List<Alarms.AlarmRef> overdueAt(Instant now) {
    return db.inRegion(s -> alarmsAt(now, s).overdue());
  }

  private void escalateAt(Instant now, long id) {
    db.as(
        PersistenceFixture.admin(TENANT_A),
        s -> {
          alarmsAt(now, s).escalate(id);
          return null;
        });
  }

  private Alarm alarm(long id) {
    return db.as(PersistenceFixture.admin(TENANT_A), s -> s.find(Alarm.class, id));
  }

  private Alarms alarmsAt(Instant now, Session session) {
    Alarms alarms = new Alarms();
    alarms.em = session;
    alarms.clock = Clock.fixed(now, ZoneOffset.UTC);
    alarms.fallbackMinutes = FALLBACK_WINDOW.toMinutes();
    AlarmRecord alarmRecord = new AlarmRecord();
    alarmRecord.record = recorded;
    alarms.escalated = new RecordedEvents<>(alarmRecord::escalated);
    return alarms;
  }
}
