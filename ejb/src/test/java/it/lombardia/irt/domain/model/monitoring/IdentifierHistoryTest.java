package it.lombardia.irt.domain.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.monitoring.IdentifierHistory.Arriving;
import it.lombardia.irt.domain.model.monitoring.IdentifierHistory.Kind;
import it.lombardia.irt.domain.model.monitoring.Measurement.Status;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierHistoryTest {

  private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
  private static final Measurement.Identifier ID =
      new Measurement.Identifier("urn:gateway", "reading-1");
  private static final String SPO2 = "59408-5";
  private static final long X = 1;
  private static final long Y = 2;

  private final List<Measurement> stored = new ArrayList<>();
  private long nextId = 100;

  @Test
  public void aNewIdentifierIsANewReading() {
    assertEquals(Kind.NEW, verdict(arriving(X, 95, Status.FINAL)).kind());
  }

  @Test
  public void theSameReadingSentAgainIsTheStoredOne() {
    Measurement original = store(Y, 95, Status.FINAL, null, "gateway");
    var verdict = verdict(arriving(Y, 95, Status.FINAL));
    assertEquals(Kind.SENT_AGAIN, verdict.kind());
    assertSame(original, verdict.stored());
  }

  @Test
  public void anotherPatientsIdentifierIsAConflictThatNamesNothing() {
    store(Y, 95, Status.FINAL, null, "gateway");
    for (Status status : Status.values()) {
      var verdict = verdict(arriving(X, 95, status));
      assertEquals(Kind.CONFLICT, verdict.kind(), status.name());
      assertEquals(null, verdict.stored());
      assertTrue(!verdict.reason().contains(Long.toString(Y)), verdict.reason());
    }
  }

  @Test
  public void anotherValueOrTimeUnderTheSameIdentifierIsAConflict() {
    store(X, 95, Status.FINAL, null, "gateway");
    assertEquals(Kind.CONFLICT, verdict(arriving(X, 88, Status.FINAL)).kind());
    assertEquals(
        Kind.CONFLICT,
        verdict(new Arriving(X, SPO2, 95, "%", AT.plusSeconds(60), Status.FINAL)).kind());
  }

  @Test
  public void componentsOfOneResourceShareItsIdentifierButAnotherCodeLaterIsAConflict() {
    store(X, 95, Status.FINAL, null, "gateway");
    assertEquals(Kind.NEW, verdict(new Arriving(X, "8867-4", 70, "/min", AT, Status.FINAL)).kind());
    assertEquals(
        Kind.CONFLICT,
        verdict(new Arriving(X, "8867-4", 70, "/min", AT.plusSeconds(3600), Status.FINAL)).kind());
  }

  @Test
  public void aWithdrawalCorrectsTheReadingInForceAndIsKeptOnce() {
    Measurement original = store(X, 95, Status.FINAL, null, "gateway");
    Measurement amended = store(X, 93, Status.AMENDED, original, "gateway");
    var verdict = verdict(arriving(X, 93, Status.ENTERED_IN_ERROR));
    assertEquals(Kind.CORRECTION, verdict.kind());
    assertSame(amended, verdict.stored());
    Measurement withdrawal = store(X, 93, Status.ENTERED_IN_ERROR, amended, "gateway");
    var again = verdict(arriving(X, 93, Status.ENTERED_IN_ERROR));
    assertEquals(Kind.SENT_AGAIN, again.kind());
    assertSame(withdrawal, again.stored());
  }

  @Test
  public void aWithdrawalOfNothingIsRefused() {
    assertEquals(
        Kind.NOTHING_TO_WITHDRAW, verdict(arriving(X, 95, Status.ENTERED_IN_ERROR)).kind());
  }

  @Test
  public void aSecondDifferentAmendmentOrAnAmendmentOfAWithdrawnReadingIsAConflict() {
    Measurement original = store(X, 95, Status.FINAL, null, "gateway");
    Measurement amended = store(X, 93, Status.AMENDED, original, "gateway");
    assertEquals(Kind.SENT_AGAIN, verdict(arriving(X, 93, Status.AMENDED)).kind());
    assertEquals(Kind.CONFLICT, verdict(arriving(X, 91, Status.AMENDED)).kind());
    store(X, 93, Status.ENTERED_IN_ERROR, amended, "gateway");
    assertEquals(Kind.CONFLICT, verdict(arriving(X, 91, Status.AMENDED)).kind());
  }

  @Test
  public void knowsWhoSentTheReadings() {
    store(X, 95, Status.FINAL, null, "niguarda-gateway");
    IdentifierHistory history = new IdentifierHistory(stored);
    assertTrue(history.sentBy("niguarda-gateway"));
    assertTrue(!history.sentBy("another-gateway"));
  }

  private IdentifierHistory.Verdict verdict(Arriving arriving) {
    return new IdentifierHistory(stored).verdict(arriving);
  }

  private static Arriving arriving(long patient, double value, Status status) {
    return new Arriving(patient, SPO2, value, "%", AT, status);
  }

  private Measurement store(
      long patient, double value, Status status, Measurement corrects, String sender) {
    Measurement m =
        new Measurement(
            patient, SPO2, value, "%", AT, ID, null, status, sender, AT.plusSeconds(nextId));
    if (corrects != null) {
      m.correcting(corrects);
    }
    try {
      Field id = Measurement.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(m, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    stored.add(m);
    return m;
  }
}
