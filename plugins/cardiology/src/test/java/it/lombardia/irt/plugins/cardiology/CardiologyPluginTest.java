package it.lombardia.irt.plugins.cardiology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.plugin.kit.PluginContract;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CardiologyPluginTest extends PluginContract {

  CardiologyPluginTest() {
    super(CardiologyPlugin.class, "cardiology");
  }

  private static Protocol protocol(String conditionId) {
    return new CardiologyPlugin()
        .define().conditions().stream()
            .filter(c -> c.id().equals(conditionId))
            .findFirst()
            .orElseThrow()
            .protocol();
  }

  private static Threshold threshold(
      Protocol p, String code, AlarmLevel level, Threshold.Direction direction) {
    return p.thresholds().stream()
        .filter(t -> t.parameter().equals(code) && t.level() == level && t.direction() == direction)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void heartFailureRaisesAnAlarmOnTwoKilosInThreeDays() {
    TrendRule rule =
        protocol("heart-failure").trendRules().stream()
            .filter(r -> r.id().equals("weight-gain-3-days"))
            .findFirst()
            .orElseThrow();

    assertEquals(CardiologyPlugin.BODY_WEIGHT, rule.parameter());
    assertEquals(TrendRule.Kind.RISE, rule.kind());
    assertEquals(2.0, rule.amount());
    assertEquals(Duration.ofHours(72), rule.window());
    assertEquals(AlarmLevel.ALARM, rule.level());
  }

  @Test
  void hypertensionHomeThresholdIs135Over85() {
    Protocol p = protocol("hypertension");

    assertEquals(
        135,
        threshold(p, CardiologyPlugin.SYSTOLIC, AlarmLevel.ATTENTION, Threshold.Direction.ABOVE)
            .value());
    assertEquals(
        85,
        threshold(p, CardiologyPlugin.DIASTOLIC, AlarmLevel.ATTENTION, Threshold.Direction.ABOVE)
            .value());
    assertEquals(
        180,
        threshold(p, CardiologyPlugin.SYSTOLIC, AlarmLevel.CRITICAL, Threshold.Direction.ABOVE)
            .value());
  }

  @Test
  void heartFailureCallsTheEmergencyNumberWhenSaturationFallsBelow85() {
    Protocol p = protocol("heart-failure");

    assertEquals(
        85,
        threshold(p, CardiologyPlugin.SPO2, AlarmLevel.CRITICAL, Threshold.Direction.BELOW)
            .value());
    assertTrue(
        p.alarmActions().stream()
            .filter(a -> a.level() == AlarmLevel.CRITICAL)
            .anyMatch(a -> a.actions().contains(AlarmAction.Action.EMERGENCY_118)));
  }

  @Test
  void implantableDevicesAreFollowedAtLevelTwoThroughTheVendorPlatform() {
    Protocol p = protocol("implantable-cardiac-devices");
    DeviceType cied =
        new CardiologyPlugin()
            .define().devices().stream()
                .filter(d -> p.devices().contains(d.id()))
                .findFirst()
                .orElseThrow();

    assertEquals(DeviceType.Connectivity.VENDOR_PLATFORM, cied.connectivity());
    assertEquals(DeviceType.MonitoringLevel.LEVEL_2, cied.level());
    assertEquals("III", cied.mdrClass());
    assertTrue(
        p.pathway().stream()
            .allMatch(s -> s.services().contains(TelemedicineService.TELEMONITORING_LEVEL_2)));
    assertFalse(
        p.pathway().stream()
            .anyMatch(s -> s.services().contains(TelemedicineService.TELEMONITORING_LEVEL_1)));
  }

  @Test
  void aSingleShockIsAnAlarmAndTwoAreCritical() {
    Protocol p = protocol("implantable-cardiac-devices");
    Threshold one =
        threshold(
            p, CardiologyPlugin.SHOCKS_DELIVERED, AlarmLevel.ALARM, Threshold.Direction.ABOVE);

    assertEquals(1, one.value());
    assertEquals(1, one.personalisableMax(), "a delivered shock is never personalised away");
    assertEquals(
        2,
        threshold(
                p,
                CardiologyPlugin.SHOCKS_DELIVERED,
                AlarmLevel.CRITICAL,
                Threshold.Direction.ABOVE)
            .value());
  }

  @Test
  void batteryNearReplacementAndHighAtrialFibrillationBurdenRaiseAlarms() {
    Protocol p = protocol("implantable-cardiac-devices");

    assertEquals(
        3,
        threshold(
                p, CardiologyPlugin.BATTERY_LONGEVITY, AlarmLevel.ALARM, Threshold.Direction.BELOW)
            .value());
    assertEquals(
        25,
        threshold(p, CardiologyPlugin.AF_BURDEN, AlarmLevel.ALARM, Threshold.Direction.ABOVE)
            .value());
  }

  @Test
  void implantableDeviceDataAreCodedInMdcAsCardxSendsThem() {
    Protocol p = protocol("implantable-cardiac-devices");

    assertTrue(
        p.parameters().stream()
            .filter(m -> !m.code().equals(CardiologyPlugin.HEART_RATE))
            .allMatch(m -> m.code().matches("7\\d{5}")),
        "IEEE 11073-10103 codes of partition 11 (720896-786431)");
    TrendRule missing =
        p.trendRules().stream()
            .filter(r -> r.kind() == TrendRule.Kind.MISSING)
            .findFirst()
            .orElseThrow();
    assertEquals(
        CardiologyPlugin.BATTERY_LONGEVITY,
        missing.parameter(),
        "every interrogation reports the battery");
    assertEquals(Duration.ofDays(7), missing.window());
  }
}
