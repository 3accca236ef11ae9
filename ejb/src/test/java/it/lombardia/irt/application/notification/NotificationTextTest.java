package it.lombardia.irt.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.TelemedicineService;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

  private static final String BUNDLE = "it.lombardia.irt.application.notification.notifications";

  @Test
  void messagesAreInTheRecipientsLanguageWithServicesByName() {
    NotificationText it =
        NotificationText.of(
            "it", "booking.confirmed", TelemedicineService.TELEVISIT, "06/12/2026", "10:20");
    NotificationText en =
        NotificationText.of(
            "en", "booking.confirmed", TelemedicineService.TELEVISIT, "06/12/2026", "10:20");
    assertEquals(
        "Nuova prenotazione nella sua agenda: televisita, il 06/12/2026 alle 10:20. Apra IRT per i"
            + " dettagli.",
        it.body());
    assertTrue(en.body().startsWith("New booking in your agenda: televisit, on 06/12/2026"));
  }

  @Test
  void anApostropheOfTheItalianTextSurvivesFormatting() {
    String body =
        NotificationText.of(
                "it",
                "patient-link",
                "Maria Rossi",
                TelemedicineService.TELEVISIT,
                "Dott. Bianchi",
                "https://irt/visit",
                "06/12/2026",
                "11:00")
            .body();
    assertTrue(body.contains("per l'incontro di televisita con Dott. Bianchi"), body);
    assertFalse(body.contains("{"), body);
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    ResourceBundle it = ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN);
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    assertEquals(it.keySet(), en.keySet());
    for (TelemedicineService service : TelemedicineService.values()) {
      assertTrue(it.containsKey("TelemedicineService." + service.name()), service.name());
    }
  }
}
