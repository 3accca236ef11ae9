package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.SampledSeries.CGM;
import static it.lombardia.irt.testing.SampledSeries.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SampledSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The patient's monitoring page, as the care team reads it. */
class MonitoringPageIT extends BrowserTest {

  @Test
  void oneReadingShowsItsThresholdsTheValuesInWordsAndNoAdherenceWhereNoneIsDue() {
    long patient = CarePathways.monitoredPatient("[]", CarePathways.ALARMS_TO_THE_NURSE).id();
    Fhir.niguardaGateway()
        .create()
        .resource(Fhir.vital(patient, Fhir.HEART_RATE, 128, "/min", Instant.now().minusSeconds(60)))
        .execute();

    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.open("/app/monitoring/patient.xhtml?patient=" + patient + "&days=7");
    browser.waitForPageText("Frequenza cardiaca");

    WebElement current =
        browser.driver().findElement(By.cssSelector("#period [aria-current=page]"));
    assertEquals("7 giorni", current.getText());
    assertEquals(3, browser.driver().findElements(By.cssSelector("#period a")).size());
    String page = browser.driver().findElement(By.tagName("main")).getText();
    // Activated a moment ago: no reading is due yet, so no adherence figure (never "100 % (0 /
    // 0)").
    assertTrue(page.contains("Aderenza: — (nessuna misura attesa nel periodo)"), page);
    assertFalse(page.contains("(0 / 0"), page);
    assertTrue(
        page.contains("una misura nel periodo; l'ultima 128 /min il"),
        "the chart in words: " + page);
    assertTrue(page.contains("Allarme ≥ 120 /min"), page);

    WebElement values =
        browser.driver().findElements(By.cssSelector("details.irt-values")).stream()
            .filter(d -> d.getText().contains("(1)"))
            .findFirst()
            .orElseThrow();
    values.findElement(By.tagName("summary")).click();
    String table = values.findElement(By.tagName("table")).getText();
    assertTrue(table.contains("128 /min"), table);
    assertTrue(table.contains("Allarme"), "the reading that raised the alarm: " + table);
    assertEquals("", Accessibility.violations(browser.driver()), "axe-core on the monitoring page");
  }

  @Test
  void theMonitoringPageSummarisesASensorDayInItalian() {
    long patient = SampledSeries.cgmPatient();
    String day =
        SampledSeries.join(List.of(points("120", 216), points("60", 36), points("200", 36)));
    Fhir.niguardaGateway()
        .create()
        .resource(
            SampledSeries.series(
                patient, CGM, "mg/dL", 300_000, day, Instant.now().minus(Duration.ofHours(25))))
        .execute();

    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/monitoring/patient.xhtml?patient=" + patient);
    browser.waitForPageText("Registrazioni continue");

    String series = browser.text("monitoring-form:series");
    assertTrue(series.contains("sotto 70 mg/dL: 12,5 %"), series);
    assertTrue(series.contains("70–180 mg/dL: 75 %"), series);
    assertTrue(series.contains("sopra 180 mg/dL: 12,5 %"), series);
    assertTrue(series.contains("media 122,5 mg/dL"), series); // (216×120 + 36×60 + 36×200) / 288
    assertTrue(series.contains("GMI 6,24 %"), series); // 3.31 + 0.02392 × 122.5
  }
}
