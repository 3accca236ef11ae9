package it.lombardia.irt.interfaces.web;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The adoption dashboard in the browser: the Region drills down to an ATS, the charts are drawn, a
 * table's CSV holds its figures in Italian; an ASST's administrator sees its own ASST only.
 */
class KpiDashboardIT extends BrowserTest {

  /** Posts the page's form as the CSV button does and answers the file's text. */
  private String csvOf(String button) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " const form = document.getElementById('kpi-form');"
                    + " const data = new URLSearchParams(new FormData(form));"
                    + " data.append(arguments[0], arguments[0]);"
                    + " fetch(form.action, {method: 'POST', body: data})"
                    + "   .then(r => r.text()).then(done, e => done('failed: ' + e));",
                button);
  }

  @Test
  void theRegionDrillsDownToAnAtsAndDownloadsATable() {
    JsonObject kpi = demo("regione.admin").get("/api/region/kpi").object();
    String cardiology =
        kpi.getJsonArray("networks").getValuesAs(JsonObject.class).stream()
            .filter(n -> n.getString("id").equals("cardiology"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("name")
            .getString("it");

    browser.logIn("regione.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-kpi");
    browser.waitForPageText("Cruscotto di adozione");
    assertEquals("200.000", browser.text("kpi-form:target"), "Italian grouping");
    assertTrue(browser.text("kpi-form:networks").contains(cardiology), "networks by name");
    assertTrue(browser.text("kpi-form:tenants").contains("Niguarda"), "ASSTs by name");
    assertTrue(browser.exists("kpi-form:network-chart_canvas"), "the networks' chart");
    assertTrue(browser.exists("kpi-form:tenant-chart_canvas"), "the ASSTs' chart");
    assertAccessible();

    browser.select("kpi-form:ats", "BERGAMO");
    browser.click("kpi-form:apply");
    browser.until(
        java.time.Duration.ofSeconds(10),
        d -> !browser.currentText("kpi-form:tenants").contains("Niguarda"));
    assertTrue(browser.text("kpi-form:tenants").contains("Papa Giovanni"));
    assertTrue(browser.text("kpi-form:ats-table").contains("ATS di Bergamo"));

    String csv = csvOf("kpi-form:csv-networks");
    // the browser's decoder drops the byte-order mark
    assertTrue(csv.startsWith("Rete clinica;Obiettivo;"), csv);
    assertTrue(csv.contains(cardiology + ";"), csv);
    assertFalse(csv.contains("<html"), "a file, not a page");
  }

  @Test
  void anAsstsAdministratorSeesItsOwnAsstOnly() {
    browser.logIn("niguarda.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-kpi");
    browser.waitForPageText("Cruscotto di adozione");
    assertFalse(browser.exists("kpi-form:ats"), "no drill-down across ASSTs");
    assertFalse(browser.exists("kpi-form:tenants"));
    String services = browser.text("kpi-form:services");
    assertTrue(services.contains("Niguarda"), services);
    assertFalse(services.contains("Papa Giovanni"), services);
    assertTrue(browser.text("kpi-form:operations").contains("Niguarda"));
    assertTrue(browser.text("kpi-form:alarms").contains("Critico"), "levels by name");
    assertAccessible();
  }
}
