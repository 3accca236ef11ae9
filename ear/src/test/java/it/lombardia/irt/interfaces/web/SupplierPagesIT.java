package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Region's suppliers page in Italian: the demo suppliers with their rules, and a new supplier
 * created from the dialog with its rule; checked for accessibility.
 */
class SupplierPagesIT extends BrowserTest {

  @Test
  void theRegionListsItsSuppliersAndAddsOneWithItsRule() {
    browser.logIn("regione.admin", IrtClient.DEMO_PASSWORD);
    browser.click("menu-form:menu-suppliers");
    browser.waitForPageText("Fornitori del secondo livello di assistenza");
    String page = browser.pageText();
    assertTrue(page.contains("Meditech Bilance Connesse S.r.l."), page);
    assertTrue(page.contains("type=connected-scale"), page);
    assertAccessible();

    String code = "IT-P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    browser.click("suppliers-form:new-supplier");
    browser.waitForPageText("Una regola per riga"); // the dialog is open
    browser.type("supplier-dialog-form:code", code);
    browser.type("supplier-dialog-form:name", "Fornitore " + code);
    browser.type("supplier-dialog-form:prefix", "PX-");
    browser.type("supplier-dialog-form:email", "help@example.org");
    browser.type("supplier-dialog-form:rules", "vendor=Vendor " + code);
    browser.click("supplier-dialog-form:save-supplier");
    browser.waitForPageText("Fornitore salvato");
    browser.waitForPageText("vendor=Vendor " + code);

    JsonObject saved =
        IrtClient.demo("regione.admin")
            .get("/api/region/suppliers")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals("PX-", saved.getString("referencePrefix"));
    assertEquals(
        "Vendor " + code, saved.getJsonArray("rules").getJsonObject(0).getString("vendor"));
  }
}
