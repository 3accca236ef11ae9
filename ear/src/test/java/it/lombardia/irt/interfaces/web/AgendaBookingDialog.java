package it.lombardia.irt.interfaces.web;

import it.lombardia.irt.testing.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Books a free slot of the agenda page open in the browser, through its dialog, as a user does. */
final class AgendaBookingDialog {

  private AgendaBookingDialog() {}

  /**
   * Clicks the free slot {@code slot} ("15:20–15:40"), finds the patient by {@code query}, checks
   * that {@code givenName} was found and the televisit's diagnosis offered, and confirms.
   */
  static void book(Browser browser, String slot, String query, String givenName) {
    String start = slot.substring(0, slot.indexOf('–') + 1);
    browser
        .find("agenda-form:calendar")
        .findElement(
            By.xpath(
                ".//button[contains(@class, 'irt-calendar-free')][contains(., '" + start + "')]"))
        .click();
    browser.waitForText("book-when", slot);
    browser.type("book-dialog-form:patient-query", query);
    browser.click("book-dialog-form:find-patient");
    browser.waitForText("book-dialog-form:found-patient", givenName);
    // another test's patient may match the query too: choose ours (its details then load)
    browser.until(
        Duration.ofSeconds(10),
        d -> {
          Select found = new Select(d.findElement(By.id("book-dialog-form:found-patient")));
          WebElement ours =
              found.getOptions().stream()
                  .filter(o -> o.getText().contains(givenName))
                  .findFirst()
                  .orElse(null);
          if (ours != null && !ours.isSelected()) {
            found.selectByValue(ours.getDomProperty("value"));
          }
          return ours != null;
        });
    browser.waitForText("book-dialog-form:diagnosis", "Scompenso cardiaco cronico");
    browser.click("book-dialog-form:confirm-booking");
    browser.waitForPageText("Prenotazione registrata");
  }
}
