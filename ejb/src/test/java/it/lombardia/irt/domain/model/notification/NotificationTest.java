package it.lombardia.irt.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private static Notification link() {
    return new Notification(
        "patient-link:1",
        Topic.PATIENT_LINK,
        Channel.SMS,
        "+393331234567",
        "Maria Rossi",
        "Il suo collegamento",
        "https://irt.example.org/visit/join.xhtml?e=1&t=secret",
        NOW);
  }

  @Test
  void retriesAfterADoublingPauseThenGivesUpVisibly() {
    Notification n = link();
    RetryPolicy retry = Notification.retry(Duration.ofSeconds(60), 3);
    n.attempted("HTTP 503", NOW, retry);
    assertEquals(NOW.plusSeconds(60), n.getDelivery().getNextAttemptAt());
    assertFalse(n.getDelivery().isDue(NOW.plusSeconds(59)));
    assertTrue(n.getDelivery().isDue(NOW.plusSeconds(60)));
    assertEquals(link().getBody(), n.getBody(), "a message still to send keeps its body");
    n.attempted("HTTP 503", NOW, retry);
    assertEquals(NOW.plusSeconds(120), n.getDelivery().getNextAttemptAt());
    n.attempted("HTTP 503", NOW, retry);
    assertEquals(Delivery.Status.FAILED, n.getDelivery().getStatus());
    assertFalse(
        n.getDelivery().isDue(NOW.plus(Duration.ofDays(1))), "a failed message is not sent again");
    assertEquals("HTTP 503", n.getDelivery().getLastError());
    assertNull(n.getBody(), "a message given up keeps no link token");
  }

  @Test
  void pauseNeverExceedsAnHour() {
    Notification n = link();
    for (int i = 0; i < 9; i++) {
      n.attempted("down", NOW, Notification.retry(Duration.ofMinutes(10), 100));
    }
    assertEquals(NOW.plus(Notification.MAX_PAUSE), n.getDelivery().getNextAttemptAt());
  }

  @Test
  void deliveredMessageKeepsNoBody() {
    Notification n = link();
    n.attempted(null, NOW, Notification.retry(Duration.ofSeconds(60), 10));
    assertEquals(Delivery.Status.DELIVERED, n.getDelivery().getStatus());
    assertNull(n.getBody(), "the personal link's token must not stay in the outbox");
    assertEquals(1, n.getDelivery().getAttempts());
    assertFalse(n.getDelivery().isDue(NOW));
  }

  @Test
  void eachMessageHasItsOwnIdForTheReceiverToRecogniseResends() {
    assertNotEquals(link().getMessageId(), link().getMessageId());
  }

  @Test
  void nothingIsSentToAUserWhoDidNotOptIn() {
    assertTrue(ContactPreferences.none().addressFor(Topic.ALARMS, "a@b.it").isEmpty());
    ContactPreferences bookingsOnly =
        new ContactPreferences(null, Channel.EMAIL, Set.of(Topic.BOOKINGS), "it");
    assertTrue(bookingsOnly.addressFor(Topic.ALARMS, "a@b.it").isEmpty());
    assertEquals("a@b.it", bookingsOnly.addressFor(Topic.BOOKINGS, "a@b.it").orElseThrow());
  }

  @Test
  void smsGoesToTheMobileNumberAndNeedsOne() {
    ContactPreferences sms =
        new ContactPreferences("+393331234567", Channel.SMS, Set.of(Topic.ALARMS), "en");
    assertEquals("+393331234567", sms.addressFor(Topic.ALARMS, "a@b.it").orElseThrow());
    ContactPreferences noNumber =
        new ContactPreferences(null, Channel.SMS, Set.of(Topic.ALARMS), "en");
    assertTrue(noNumber.addressFor(Topic.ALARMS, "a@b.it").isEmpty());
    assertEquals("en", sms.getLanguage());
    assertEquals("it", ContactPreferences.none().getLanguage());
  }
}
