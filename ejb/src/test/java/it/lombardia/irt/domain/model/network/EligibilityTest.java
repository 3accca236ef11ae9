package it.lombardia.irt.domain.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.domain.model.network.Eligibility.Decision;
import it.lombardia.irt.domain.model.network.Eligibility.Outcome;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static Criterion criterion(String id, String fact, Operator op, String... values) {
    return new Criterion(id, Label.of(id, id), fact, op, List.of(values));
  }

  private static final Protocol HEART_FAILURE =
      new Protocol(
          "hf",
          Label.of("SC", "HF"),
          List.of(),
          List.of(
              criterion("adult", "age-years", Operator.AT_LEAST, "18"),
              criterion("nyha", "nyha-class", Operator.IN, "II", "III"),
              criterion("consent", "telemonitoring-consent", Operator.PRESENT)),
          List.of(criterion("dialysis", "on-dialysis", Operator.EQUALS, "yes")),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  @Test
  void patientMeetingEveryInclusionAndNoExclusionIsEligible() {
    var result =
        Eligibility.evaluate(
            HEART_FAILURE,
            Map.of(
                "age-years",
                "72",
                "nyha-class",
                "iii",
                "telemonitoring-consent",
                "2026-11-23",
                "on-dialysis",
                "no"));

    assertEquals(Decision.ELIGIBLE, result.decision());
  }

  @Test
  void anExclusionThatAppliesMakesThePatientNotEligibleAndSaysWhy() {
    var result =
        Eligibility.evaluate(
            HEART_FAILURE,
            Map.of(
                "age-years",
                "72",
                "nyha-class",
                "II",
                "telemonitoring-consent",
                "yes",
                "on-dialysis",
                "yes"));

    assertEquals(Decision.NOT_ELIGIBLE, result.decision());
    var dialysis =
        result.verdicts().stream()
            .filter(v -> v.criterionId().equals("dialysis"))
            .findFirst()
            .orElseThrow();
    assertEquals(Outcome.MET, dialysis.outcome());
    assertEquals("= yes", dialysis.expected());
    assertEquals("yes", dialysis.actual());
  }

  @Test
  void aMissingFactLeavesTheDecisionIncompleteRatherThanGuessing() {
    var result =
        Eligibility.evaluate(
            HEART_FAILURE, Map.of("age-years", "72", "telemonitoring-consent", "yes"));

    assertEquals(Decision.INCOMPLETE, result.decision());
    assertEquals(Outcome.UNKNOWN, result.verdicts().get(1).outcome());
  }

  @Test
  void aNumberBelowTheBoundFailsTheInclusion() {
    var result =
        Eligibility.evaluate(
            HEART_FAILURE,
            Map.of("age-years", "16,5", "nyha-class", "II", "telemonitoring-consent", "yes"));

    assertEquals(Decision.NOT_ELIGIBLE, result.decision());
    assertEquals("≥ 18", result.verdicts().get(0).expected());
  }
}
