package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.SampledSeries.CGM;
import static it.lombardia.irt.testing.SampledSeries.points;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Fhir;
import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.SampledSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The patient's monitoring page summarises a continuous series in Italian. */
class ContinuousDataPageIT extends BrowserTest {

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
