package it.lombardia.irt.interfaces.web;

import it.lombardia.irt.testing.Browser;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fills the enrolment form for the cardiology network's heart-failure condition, as a GP does. */
final class HeartFailureProposal {

  /**
   * Answers that make the patient eligible: NYHA III, an event 4 months ago, "no" to exclusions.
   */
  static final Map<String, String> ELIGIBLE = new LinkedHashMap<>();

  static {
    ELIGIBLE.put("hf-diagnosis", "HFrEF");
    ELIGIBLE.put("nyha-class", "III");
    ELIGIBLE.put("months-since-hf-event", "4");
    ELIGIBLE.put("age-years", "76");
    ELIGIBLE.put("telemonitoring-consent", "yes");
    ELIGIBLE.put("end-of-life-care", "no");
    ELIGIBLE.put("severe-cognitive-impairment-without-caregiver", "no");
    ELIGIBLE.put("chronic-dialysis", "no");
  }

  private HeartFailureProposal() {}

  /** Chooses the condition and answers every fact except those named, with one service. */
  static void fill(Browser browser, String... leftOut) {
    browser.select("proposal-form:network", "cardiology");
    browser.select("proposal-form:condition", "heart-failure");
    browser.waitForPageText("Classe NYHA II o III");
    ELIGIBLE.forEach(
        (fact, answer) -> {
          if (!java.util.List.of(leftOut).contains(fact)) {
            browser.answerFact(fact, answer);
          }
        });
    browser.check("proposal-form:services:4");
  }
}
