package it.lombardia.irt.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.Accessibility;
import it.lombardia.irt.testing.CodiciFiscali;
import it.lombardia.irt.testing.IrtClient;
import org.junit.jupiter.api.Test;

/**
 * A GP proposes a patient with the criteria asked by type: "no" to an exclusion no longer excludes,
 * an incomplete proposal is refused naming the criterion in Italian, and the facts are corrected
 * afterwards.
 */
class EnrolmentCriteriaIT extends BrowserTest {

  @Test
  void aGpProposesWithTypedCriteriaIsRefusedWhenIncompleteAndCorrectsTheFactsLater() {
    long patient = registerPatient();
    browser.logIn("niguarda.mmg", IrtClient.DEMO_PASSWORD);
    browser.open("/app/patients/enrolment.xhtml?patient=" + patient);
    HeartFailureProposal.fill(browser, "age-years");
    Accessibility.assertAccessible(browser.driver());

    HeartFailureProposal.fill(browser, "age-years");
    browser.click("proposal-form:propose");

    String refused =
        browser.waitForText("messages", "Età di almeno 18 anni: dato mancante o non valido");
    assertFalse(refused.contains("facts."), refused);
    assertFalse(refused.contains("Dialisi cronica"), "no excludes nothing: " + refused);
    assertFalse(refused.contains("Grave deterioramento cognitivo"), refused);
    assertFalse(browser.exists("state"), "an incomplete proposal records no enrolment");

    browser.answerFact("age-years", "76");
    browser.click("proposal-form:propose");
    browser.waitForText("state", "Proposta");
    assertEquals("Idoneo", browser.text("eligibility"));
    String verdicts = browser.text("verdicts");
    assertTrue(verdicts.contains("Dialisi cronica"), verdicts);
    assertFalse(verdicts.contains("Non idoneo"), verdicts);
    assertFalse(verdicts.contains("present"), verdicts);
    Accessibility.assertAccessible(browser.driver());

    browser.answerFact("nyha-class", "none-of-these");
    browser.click("facts-form:correct");
    browser.waitForPageText("Dati corretti: criteri rivalutati.");
    assertEquals("Non idoneo", browser.text("eligibility"));
    browser.answerFact("nyha-class", "II");
    browser.click("facts-form:correct");
    browser.waitForText("eligibility", "Idoneo");
    assertEquals("Idoneo", browser.text("eligibility"));

    browser.open("/app/patients/record.xhtml?id=" + patient);
    browser.waitForPageText("Criteri corretti: idoneo");
  }

  private static long registerPatient() {
    IrtClient.Answer created =
        IrtClient.demo("niguarda.mmg")
            .post(
                "/api/patients",
                """
                {"codiceFiscale": "%s", "givenName": "Mario", "familyName": "Colombo",
                 "birthDate": "1950-01-01", "sex": "M", "residenceMunicipality": "Milano"}"""
                    .formatted(CodiciFiscali.newValid()));
    assertEquals(201, created.status(), created.body());
    return created.object().getJsonNumber("id").longValue();
  }
}
