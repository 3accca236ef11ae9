package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.Browser;
import it.lombardia.irt.testing.CarePathways;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import org.junit.jupiter.api.Test;

/**
 * Pages offer each role only the forms it may submit, and speak the user's UI language whatever the
 * browser's.
 */
class FormsByRoleIT extends BrowserTest {

  private static final IrtClient COT = IrtClient.demo("niguarda.cot");

  @Test
  void theCotOperatorIsNotOfferedTheSuitabilityAssessmentButCorrectsTheCriteria() {
    long enrolment = proposedByTheCot();
    browser.logIn("niguarda.cot", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/enrolment.xhtml?id=" + enrolment);
    browser.waitForText("state", "Proposta");

    assertFalse(browser.exists("suitability-form"), "the COT operator cannot assess suitability");
    assertFalse(browser.exists("plans-form:draft-pai"), "nor draft the plan");
    assertTrue(browser.exists("facts-form"), "the proposer corrects the criteria");
    assertTrue(browser.exists("activation-form"), "and coordinates the enrolment");
    String verdicts = browser.text("verdicts");
    assertFalse(verdicts.contains("present") || verdicts.contains("one of"), verdicts);
    Accessibility.assertAccessible(browser.driver());
  }

  @Test
  void aRefusalIsInItalianInTheItalianUiEvenFromAnEnglishBrowser() {
    long enrolment = proposedByTheCot();
    browser.close();
    browser = new Browser("en-US");
    browser.logIn("niguarda.infermiere", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/enrolment.xhtml?id=" + enrolment);

    String message =
        browser.waitForText(
            "messages", "Non hai i permessi per questa operazione su questo paziente");
    assertFalse(message.contains("You are not allowed"), message);
  }

  /** A patient the COT operator registered and proposed for heart failure. */
  private static long proposedByTheCot() {
    IrtClient.Answer patient =
        COT.post(
            "/api/patients",
            """
            {"codiceFiscale": "%s", "givenName": "Teodoro", "familyName": "Pozzi",
             "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano",
             "requestingPhysician": "niguarda.cardiologo"}"""
                .formatted(CodiciFiscali.newValid()));
    assertEquals(201, patient.status(), patient.body());
    IrtClient.Answer proposed =
        COT.post(
            "/api/enrolments?patient=" + patient.object().getJsonNumber("id"),
            """
            {"networkId": "cardiology", "conditionId": "heart-failure",
             "services": ["TELEMONITORING_LEVEL_1"], "origin": "HOME", "facts": %s}"""
                .formatted(CarePathways.HF_FACTS));
    assertEquals(201, proposed.status(), proposed.body());
    return proposed.object().getJsonNumber("id").longValue();
  }
}
