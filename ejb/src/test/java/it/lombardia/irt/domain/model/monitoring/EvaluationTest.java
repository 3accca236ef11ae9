package it.lombardia.irt.domain.model.monitoring;

import static it.lombardia.irt.spi.content.AlarmLevel.ALARM;
import static it.lombardia.irt.spi.content.AlarmLevel.ATTENTION;
import static it.lombardia.irt.spi.content.AlarmLevel.CRITICAL;
import static it.lombardia.irt.spi.content.Threshold.Direction.ABOVE;
import static it.lombardia.irt.spi.content.Threshold.Direction.BELOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.monitoring.Evaluation.Point;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final String WEIGHT = "29463-7";
  private static final String SPO2 = "59408-5";
  private static final String HEART_RATE = "8867-4";

  /** 09:00 in Rome (CET, UTC+1). */
  private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");

  private static final TrendRule WEIGHT_GAIN =
      new TrendRule(
          "weight-gain",
          Label.of("Aumento di peso: sospetta ritenzione idrica", "Weight gain: fluid retention?"),
          WEIGHT,
          TrendRule.Kind.RISE,
          2,
          Duration.ofHours(72),
          ALARM);
  private static final TrendRule SPO2_DROP =
      new TrendRule(
          "spo2-drop",
          Label.of("Calo della saturazione", "Falling saturation"),
          SPO2,
          TrendRule.Kind.FALL,
          4,
          Duration.ofHours(24),
          ATTENTION);
  private static final TrendRule NO_WEIGHT =
      new TrendRule(
          "weight-missing",
          Label.of("Peso non trasmesso", "Weight not sent"),
          WEIGHT,
          TrendRule.Kind.MISSING,
          0,
          Duration.ofHours(48),
          ATTENTION);

  private static final Protocol PROTOCOL =
      new Protocol(
          "hf",
          Label.of("Scompenso cardiaco", "Heart failure"),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new MonitoredParameter(
                  WEIGHT, Label.of("Peso corporeo", "Body weight"), "kg", 20, 300, days(1)),
              new MonitoredParameter(
                  SPO2,
                  Label.of("Saturazione di ossigeno", "Oxygen saturation"),
                  "%",
                  50,
                  100,
                  days(1)),
              new MonitoredParameter(
                  HEART_RATE,
                  Label.of("Frequenza cardiaca", "Heart rate"),
                  "/min",
                  20,
                  250,
                  days(1))),
          List.of(
              new Threshold(SPO2, ATTENTION, BELOW, 92, 90, 94),
              new Threshold(SPO2, ALARM, BELOW, 90, 88, 92),
              new Threshold(SPO2, CRITICAL, BELOW, 85, 82, 88),
              new Threshold(HEART_RATE, ATTENTION, ABOVE, 100, 90, 110),
              new Threshold(HEART_RATE, ALARM, ABOVE, 120, 110, 130),
              new Threshold(HEART_RATE, ATTENTION, BELOW, 50, 45, 55)),
          List.of(WEIGHT_GAIN, SPO2_DROP, NO_WEIGHT),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }

  private static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static Evaluation protocolDefaults() {
    return new Evaluation(PROTOCOL, List.of());
  }

  private static List<AlarmTrigger> reading(Evaluation e, String code, double value) {
    return e.evaluate(code, new Point(T0, value), List.of());
  }

  private static AlarmTrigger only(List<AlarmTrigger> triggers) {
    assertEquals(1, triggers.size(), () -> "expected one trigger, got " + triggers);
    return triggers.get(0);
  }

  @Test
  void raisesOnlyTheHighestLevelCrossedInOneDirection() {
    AlarmTrigger critical = only(reading(protocolDefaults(), SPO2, 84));
    assertEquals(CRITICAL, critical.level());
    assertEquals(Alarm.Kind.THRESHOLD, critical.kind());
    assertEquals(SPO2, critical.parameter());
    assertEquals(84.0, critical.value());
    assertEquals(85.0, critical.limit());
    assertEquals("%", critical.unit());
    assertEquals(T0, critical.at());

    AlarmTrigger attention = only(reading(protocolDefaults(), SPO2, 91));
    assertEquals(ATTENTION, attention.level());
    assertEquals(92.0, attention.limit());

    AlarmTrigger alarm = only(reading(protocolDefaults(), HEART_RATE, 125));
    assertEquals(ALARM, alarm.level());
    assertTrue(alarm.explanationEn().contains("at or above"), alarm.explanationEn());

    assertTrue(reading(protocolDefaults(), SPO2, 93).isEmpty());
    assertTrue(reading(protocolDefaults(), HEART_RATE, 75).isEmpty());
  }

  @Test
  void readingExactlyAtTheThresholdCrosses() {
    assertEquals(ALARM, only(reading(protocolDefaults(), SPO2, 90)).level());
    assertEquals(ATTENTION, only(reading(protocolDefaults(), SPO2, 90.1)).level());
    assertEquals(ATTENTION, only(reading(protocolDefaults(), HEART_RATE, 100)).level());
    assertTrue(reading(protocolDefaults(), HEART_RATE, 99.9).isEmpty());
    assertEquals(ATTENTION, only(reading(protocolDefaults(), HEART_RATE, 50)).level());
    assertTrue(reading(protocolDefaults(), HEART_RATE, 50.1).isEmpty());
  }

  @Test
  void personalisedThresholdReplacesTheProtocolDefault() {
    AlarmTrigger byDefault = only(reading(protocolDefaults(), SPO2, 89));
    assertEquals(ALARM, byDefault.level());
    assertTrue(byDefault.explanationIt().contains("(del protocollo)"), byDefault.explanationIt());

    Evaluation plan =
        new Evaluation(PROTOCOL, List.of(new PersonalisedThreshold(SPO2, ALARM, 88, BELOW)));
    AlarmTrigger above = only(reading(plan, SPO2, 89));
    assertEquals(ATTENTION, above.level(), "89 is above the plan's alarm threshold of 88");
    assertEquals(92.0, above.limit());
    assertTrue(above.explanationIt().contains("(del protocollo)"), above.explanationIt());

    AlarmTrigger at = only(reading(plan, SPO2, 88));
    assertEquals(ALARM, at.level());
    assertEquals(88.0, at.limit());
    assertTrue(at.explanationIt().contains("personalizzata nel piano"), at.explanationIt());
    assertTrue(at.explanationEn().contains("personalised in the plan"), at.explanationEn());
    assertTrue(at.explanationIt().contains("88 %"), at.explanationIt());

    assertEquals(
        List.of(92.0, 88.0, 85.0), plan.thresholds(SPO2).stream().map(Threshold::value).toList());
  }

  @Test
  void personalisesEachDirectionOfAParameterOnItsOwn() {
    Evaluation plan =
        new Evaluation(
            PROTOCOL,
            List.of(
                new PersonalisedThreshold(HEART_RATE, ATTENTION, 105, ABOVE),
                new PersonalisedThreshold(HEART_RATE, ATTENTION, 45, BELOW)));

    assertTrue(reading(plan, HEART_RATE, 104).isEmpty(), "below the plan's 105");
    assertTrue(reading(plan, HEART_RATE, 48).isEmpty(), "above the plan's 45 (default 50)");
    assertEquals(105.0, only(reading(plan, HEART_RATE, 105)).limit());
    AlarmTrigger low = only(reading(plan, HEART_RATE, 45));
    assertEquals(45.0, low.limit());
    assertTrue(low.explanationEn().contains("personalised in the plan"), low.explanationEn());
  }

  @Test
  void aPlanWrittenBeforeDirectionsPersonalisesTheProtocolsFirstThreshold() {
    // The protocol has an attention threshold for heart rate in both directions; a plan that names
    // no direction personalises the first (above 100, personalisable 90-110).
    Evaluation plan =
        new Evaluation(
            PROTOCOL, List.of(new PersonalisedThreshold(HEART_RATE, ATTENTION, 105, null)));

    assertTrue(reading(plan, HEART_RATE, 80).isEmpty(), "80/min crosses neither 105 nor 50");
    AlarmTrigger high = only(reading(plan, HEART_RATE, 105));
    assertEquals(105.0, high.limit());
    assertTrue(high.explanationEn().contains("personalised in the plan"), high.explanationEn());
    AlarmTrigger low = only(reading(plan, HEART_RATE, 48));
    assertEquals(50.0, low.limit());
    assertTrue(low.explanationEn().contains("protocol default"), low.explanationEn());
  }

  @Test
  void trendRuleComparesWithTheLowestReadingInItsWindow() {
    List<Point> series =
        List.of(
            new Point(hours(-70), 80.0), new Point(hours(-48), 78.5), new Point(hours(-24), 79.5));

    AlarmTrigger gain = only(protocolDefaults().evaluate(WEIGHT, new Point(T0, 80.6), series));
    assertEquals(Alarm.Kind.TREND, gain.kind());
    assertEquals(ALARM, gain.level());
    assertEquals(80.6, gain.value());
    assertEquals(2.0, gain.limit());
    assertEquals("kg", gain.unit());
    assertTrue(
        gain.explanationIt().contains("+2,1 kg in 48 ore (da 78,5 kg del 08/03/2026 09:00)"),
        gain.explanationIt());
    assertTrue(
        gain.explanationIt().endsWith("Aumento di peso: sospetta ritenzione idrica"),
        gain.explanationIt());
    assertTrue(
        gain.explanationEn().contains("+2.1 kg in 48 hours (from 78.5 kg at 2026-03-08 09:00)"),
        gain.explanationEn());

    assertEquals(
        1,
        protocolDefaults().evaluate(WEIGHT, new Point(T0, 80.5), series).size(),
        "a change of exactly the rule's amount meets it");
    assertTrue(protocolDefaults().evaluate(WEIGHT, new Point(T0, 80.4), series).isEmpty());
  }

  @Test
  void fallRuleComparesWithTheHighestReadingInItsWindow() {
    List<Point> series = List.of(new Point(hours(-20), 97.0), new Point(hours(-10), 95.0));

    AlarmTrigger drop = only(protocolDefaults().evaluate(SPO2, new Point(T0, 93), series));
    assertEquals(Alarm.Kind.TREND, drop.kind());
    assertEquals(ATTENTION, drop.level());
    assertTrue(drop.explanationIt().contains(": -4 % in 20 ore (da 97 %"), drop.explanationIt());

    assertTrue(protocolDefaults().evaluate(SPO2, new Point(T0, 93.5), series).isEmpty());
  }

  @Test
  void trendIgnoresReadingsOutsideTheWindow() {
    Point reading = new Point(T0, 80.0);

    assertTrue(
        protocolDefaults()
            .evaluate(
                WEIGHT, reading, List.of(new Point(hours(-73), 77.0), new Point(hours(-24), 79.5)))
            .isEmpty(),
        "a reading 73 hours earlier is outside a 72-hour window");
    assertTrue(
        protocolDefaults()
            .evaluate(WEIGHT, reading, List.of(new Point(hours(1), 70.0), new Point(T0, 70.0)))
            .isEmpty(),
        "only readings before the new one count");
    assertEquals(
        1,
        protocolDefaults().evaluate(WEIGHT, reading, List.of(new Point(hours(-72), 77.0))).size(),
        "the start of the window is inside it");
  }

  @Test
  void missingDataRuleCountsFromMonitoringStartWhenNoReading() {
    Evaluation e = protocolDefaults();
    assertEquals(List.of(NO_WEIGHT), e.missingDataRules());

    Optional<AlarmTrigger> missing = e.missing(NO_WEIGHT, null, T0, hours(50));
    assertTrue(missing.isPresent());
    AlarmTrigger t = missing.get();
    assertEquals(Alarm.Kind.MISSING, t.kind());
    assertEquals(ATTENTION, t.level());
    assertEquals(WEIGHT, t.parameter());
    assertNull(t.value());
    assertNull(t.limit());
    assertEquals("kg", t.unit());
    assertEquals(hours(50), t.at());
    assertEquals(
        "Nessuna misura di peso corporeo da 50 ore (monitoraggio dal 10/03/2026 09:00)"
            + " — Peso non trasmesso",
        t.explanationIt());
    assertEquals(
        "No body weight reading for 50 hours (monitored since 2026-03-10 09:00) — Weight not sent",
        t.explanationEn());

    assertTrue(e.missing(NO_WEIGHT, null, T0, hours(47)).isEmpty());
    assertTrue(
        e.missing(NO_WEIGHT, hours(10), T0, hours(50)).isEmpty(),
        "a reading 40 hours ago is within the window, however long ago monitoring began");
  }

  @Test
  void missingDataRuleSilentWithinWindow() {
    Instant now = hours(100);
    Evaluation e = protocolDefaults();
    assertTrue(e.missing(NO_WEIGHT, now.minus(Duration.ofMinutes(48 * 60 - 1)), T0, now).isEmpty());

    Optional<AlarmTrigger> atTheLimit = e.missing(NO_WEIGHT, hours(52), T0, now);
    assertTrue(atTheLimit.isPresent(), "a gap of exactly the window meets the rule");
    assertTrue(
        atTheLimit.get().explanationIt().contains("da 48 ore (ultima: 12/03/2026 13:00)"),
        atTheLimit.get().explanationIt());
  }

  @Test
  void explanationsUseItalianDecimalComma() {
    AlarmTrigger t = only(reading(protocolDefaults(), SPO2, 84.5));
    assertEquals(
        "Saturazione di ossigeno 84,5 % il 10/03/2026 09:00: pari o inferiore alla soglia di"
            + " criticità di 85 % (del protocollo)",
        t.explanationIt());
    assertEquals(
        "Oxygen saturation 84.5 % at 2026-03-10 09:00: at or below the critical threshold of 85 %"
            + " (protocol default)",
        t.explanationEn());
    assertFalse(t.explanationIt().contains("84.5"));
  }

  @Test
  void aCountIsExplainedWithoutItsUcumAnnotation() {
    String shocks = "737824";
    Protocol cied =
        new Protocol(
            "cied",
            Label.of("Dispositivi impiantabili", "Implantable devices"),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new MonitoredParameter(
                    shocks, Label.of("Shock erogati", "Shocks delivered"), "{#}", 0, 100, days(1))),
            List.of(new Threshold(shocks, ALARM, ABOVE, 1, 1, 1)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    AlarmTrigger t =
        only(new Evaluation(cied, List.of()).evaluate(shocks, new Point(T0, 2), List.of()));

    assertEquals(
        "Shock erogati 2 il 10/03/2026 09:00: pari o superiore alla soglia di allarme di 1 (del"
            + " protocollo)",
        t.explanationIt());
    assertEquals(
        "Shocks delivered 2 at 2026-03-10 09:00: at or above the alarm threshold of 1 (protocol"
            + " default)",
        t.explanationEn());
  }

  @Test
  void explanationsGiveTheTimeInItalianLocalTime() {
    // 1 July: Rome is on summer time, UTC+2
    AlarmTrigger t =
        only(
            protocolDefaults()
                .evaluate(
                    HEART_RATE, new Point(Instant.parse("2026-07-01T22:30:00Z"), 130), List.of()));
    assertTrue(t.explanationIt().contains("il 02/07/2026 00:30"), t.explanationIt());
    assertTrue(
        t.explanationIt().contains("pari o superiore alla soglia di allarme di 120 /min"),
        t.explanationIt());
    assertTrue(t.explanationEn().contains("at 2026-07-02 00:30"), t.explanationEn());
  }

  @Test
  void ruleKeysAreStableAcrossRepeats() {
    Evaluation e = protocolDefaults();
    AlarmTrigger first = only(reading(e, SPO2, 91));
    AlarmTrigger worse = only(e.evaluate(SPO2, new Point(hours(1), 84), List.of()));
    assertNotEquals(first.level(), worse.level());
    assertEquals(first.ruleKey(), worse.ruleKey(), "the level is not part of the condition");

    AlarmTrigger fast = only(reading(e, HEART_RATE, 130));
    AlarmTrigger slow = only(reading(e, HEART_RATE, 40));
    assertNotEquals(fast.ruleKey(), slow.ruleKey());
    assertNotEquals(first.ruleKey(), fast.ruleKey(), "the parameter is part of the condition");

    List<Point> series = List.of(new Point(hours(-30), 78.0));
    AlarmTrigger gain = only(e.evaluate(WEIGHT, new Point(T0, 80.0), series));
    AlarmTrigger gainAgain = only(e.evaluate(WEIGHT, new Point(hours(6), 81.0), series));
    assertEquals(gain.ruleKey(), gainAgain.ruleKey());

    AlarmTrigger missing = e.missing(NO_WEIGHT, null, T0, hours(49)).orElseThrow();
    AlarmTrigger missingAgain = e.missing(NO_WEIGHT, null, T0, hours(60)).orElseThrow();
    assertEquals(missing.ruleKey(), missingAgain.ruleKey());

    assertEquals(
        5,
        List.of(first.ruleKey(), fast.ruleKey(), slow.ruleKey(), gain.ruleKey(), missing.ruleKey())
            .stream()
            .distinct()
            .count());
  }

  @Test
  void aSeriesRaisesOneAlarmForTheHighestLevelItStaysBeyondForTheSustainedDuration() {
    MonitoredParameter cgm =
        new MonitoredParameter(
                "99504-3",
                Label.of("Glucosio interstiziale", "Interstitial glucose"),
                "mg/dL",
                40,
                500,
                Duration.ofMinutes(15))
            .recordedContinuously(
                new ContinuousRecording(Duration.ofMinutes(15), 70.0, 180.0, List.of()));
    Protocol protocol =
        new Protocol(
            "dm1",
            Label.of("DM1", "DM1"),
            List.of(),
            List.of(),
            List.of(),
            List.of(cgm),
            List.of(
                new Threshold("99504-3", ATTENTION, BELOW, 70, 70, 90),
                new Threshold("99504-3", ALARM, BELOW, 54, 54, 65),
                new Threshold("99504-3", ATTENTION, ABOVE, 180, 160, 250)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    // every 5 minutes: 50 for 10 minutes only (too short for the alarm level), then 65 for
    // 20 minutes (a sustained low: attention), and one point at 190 (a high, but not sustained)
    double[] glucose = {120, 50, 50, 100, 65, 65, 65, 65, 100, 190, 100};

    List<AlarmTrigger> triggers =
        new Evaluation(protocol, List.of()).evaluateSeries("99504-3", T0, 300_000, glucose);

    assertEquals(1, triggers.size(), triggers.toString());
    AlarmTrigger low = triggers.get(0);
    assertEquals(ATTENTION, low.level());
    assertEquals(65.0, low.value());
    assertEquals("threshold:dm1:99504-3:BELOW", low.ruleKey());
    assertTrue(
        low.explanationIt().endsWith("per 20 minuti dalle 10/03/2026 09:20"), low.explanationIt());
    assertTrue(low.explanationEn().contains("for 20 minutes"), low.explanationEn());
  }
}
