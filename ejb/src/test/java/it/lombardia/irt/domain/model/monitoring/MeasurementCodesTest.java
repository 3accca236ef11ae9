package it.lombardia.irt.domain.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MeasurementCodesTest {

  private static Measurement reading(String code) {
    Instant at = Instant.parse("2026-12-06T08:00:00Z");
    return new Measurement(
        1L,
        code,
        95,
        "%",
        at,
        new Measurement.Identifier("urn:ietf:rfc:3986", "urn:uuid:1"),
        null,
        Measurement.Status.FINAL,
        "gateway",
        at);
  }

  @Test
  void keepsTheOtherCodesItWasSentWithOnce() {
    Measurement spo2 = reading("59408-5").sentAs(List.of("2708-6", "59408-5", "150456", "2708-6"));

    assertEquals(List.of("2708-6", "150456"), spo2.sentCodes());
    assertTrue(spo2.cameCodedAs("2708-6"));
    assertTrue(spo2.cameCodedAs("59408-5"));
    assertFalse(spo2.cameCodedAs("708-6"), "a code is matched whole");
  }

  @Test
  void keepsNothingWhenSentWithItsCodeAlone() {
    Measurement weight = reading("29463-7").sentAs(List.of("29463-7"));

    assertEquals(List.of(), weight.sentCodes());
    assertTrue(weight.cameCodedAs("29463-7"));
  }

  @Test
  void keepsAsManyOtherCodesAsTheColumnHolds() {
    Measurement flooded =
        reading("29463-7")
            .sentAs(IntStream.rangeClosed(1, 40).mapToObj(i -> (10000 + i) + "-1").toList());

    int length = String.join(" ", flooded.sentCodes()).length() + 2;
    assertTrue(length <= 200, "at most 200 characters: " + length);
    assertTrue(flooded.sentCodes().size() > 10);
  }
}
