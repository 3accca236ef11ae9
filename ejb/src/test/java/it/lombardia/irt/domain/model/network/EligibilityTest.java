package it.lombardia.irt.domain.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.domain.model.network.Eligibility.Decision;
import it.lombardia.irt.domain.model.network.Eligibility.Outcome;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.Operator;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static Criterion criterion(String id, String fact, Operator op, String... values) {
    return new Criterion(id, Label.of(id, id), fact, op, List.of(values));
  }

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static final Protocol HEART_FAILURE =
      protocol(
          List.of(
              criterion("adult", "age-years", Operator.AT_LEAST, "18"),
              criterion("nyha", "nyha-class", Operator.IN, "II", "III"),
              criterion("consent", "telemonitoring-consent", Operator.PRESENT)),
          List.of(criterion("dialysis", "on-dialysis", Operator.EQUALS, "yes")));

  @Test
  void patientMeetingEveryInclusionAndNoExclusionIsEligible() {
    var result =
        evaluate(
            HEART_FAILURE,
            Map.of(
                "age-years",
                "72",
                "nyha-class",
                "iii",
                "telemonitoring-consent",
                "sì",
                "on-dialysis",
                "no"));

    assertEquals(Decision.ELIGIBLE, result.decision());
  }

  @Test
  void anExclusionThatAppliesMakesThePatientNotEligibleAndSaysWhy() {
    var result =
        evaluate(
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
        evaluate(HEART_FAILURE, Map.of("age-years", "72", "telemonitoring-consent", "yes"));

    assertEquals(Decision.INCOMPLETE, result.decision());
    assertEquals(Outcome.UNKNOWN, result.verdicts().get(1).outcome());
  }

  @Test
  void aNumberBelowTheBoundFailsTheInclusion() {
    var result =
        evaluate(
            HEART_FAILURE,
            Map.of("age-years", "16,5", "nyha-class", "II", "telemonitoring-consent", "yes"));

    assertEquals(Decision.NOT_ELIGIBLE, result.decision());
    assertEquals("≥ 18", result.verdicts().get(0).expected());
  }

  @Test
  void noInAYesNoExclusionDoesNotExcludeThePatient() {
    var result = evaluate(HEART_FAILURE, withConsentAndNoDialysis("yes"));

    assertEquals(Decision.ELIGIBLE, result.decision());
    assertEquals(Outcome.NOT_MET, result.verdicts().get(3).outcome());
    assertEquals("No", result.verdicts().get(3).answer().it());
  }

  @Test
  void anyTextIsNoAnswerToAYesNoCriterion() {
    var result = evaluate(HEART_FAILURE, withConsentAndNoDialysis("2026-11-23"));

    assertEquals(Decision.INCOMPLETE, result.decision());
    assertEquals(Outcome.UNKNOWN, result.verdicts().get(2).outcome());
  }

  @Test
  void anUnansweredPresenceCriterionIsIncompleteNotAbsent() {
    Protocol endOfLife =
        protocol(
            List.of(criterion("adult", "age-years", Operator.AT_LEAST, "18")),
            List.of(criterion("end-of-life", "end-of-life-care", Operator.PRESENT)));

    assertEquals(Decision.INCOMPLETE, evaluate(endOfLife, Map.of("age-years", "80")).decision());
    assertEquals(
        Decision.ELIGIBLE,
        evaluate(endOfLife, Map.of("age-years", "80", "end-of-life-care", "no")).decision());
    assertEquals(
        Decision.NOT_ELIGIBLE,
        evaluate(endOfLife, Map.of("age-years", "80", "end-of-life-care", "yes")).decision());
  }

  @Test
  void aChoiceOutsideItsAnswersIsIncompleteAndAChoiceIsShownByItsLabel() {
    Criterion stroke =
        criterion("stroke", "stroke-type", Operator.IN, "ischaemic-stroke", "tia")
            .choosing(
                new Criterion.Choice("ischaemic-stroke", Label.of("Ictus ischemico", "Ischaemic")),
                new Criterion.Choice("tia", Label.of("TIA", "TIA")),
                new Criterion.Choice("haemorrhagic", Label.of("Ictus emorragico", "Haemorrhagic")));
    Protocol p = protocol(List.of(stroke), List.of());

    var haemorrhagic = evaluate(p, Map.of("stroke-type", "haemorrhagic"));
    assertEquals(Decision.NOT_ELIGIBLE, haemorrhagic.decision());
    assertEquals("Ictus emorragico", haemorrhagic.verdicts().get(0).answer().it());
    assertEquals("Ictus ischemico o TIA", haemorrhagic.verdicts().get(0).expectation().it());
    assertEquals(Decision.INCOMPLETE, evaluate(p, Map.of("stroke-type", "stroke")).decision());
    assertEquals(Decision.ELIGIBLE, evaluate(p, Map.of("stroke-type", "TIA")).decision());
  }

  @Test
  void anInferredChoiceOffersTheValuesAndNoneOfThese() {
    Criterion nyha = criterion("nyha", "nyha-class", Operator.IN, "II", "III");

    assertEquals(
        List.of("II", "III", Criterion.NONE_OF_THESE),
        nyha.answers().stream().map(Criterion.Choice::value).toList());
    assertEquals(
        Decision.NOT_ELIGIBLE,
        evaluate(protocol(List.of(nyha), List.of()), Map.of("nyha-class", Criterion.NONE_OF_THESE))
            .decision());
  }

  @Test
  void aNumberIsShownWithItsUnitAndWordsAreNoNumber() {
    Criterion adult = criterion("adult", "age-years", Operator.AT_LEAST, "18").inUnit("a");
    Protocol p = protocol(List.of(adult), List.of());

    var verdict = evaluate(p, Map.of("age-years", "72")).verdicts().get(0);
    assertEquals("≥ 18 anni", verdict.expectation().it());
    assertEquals("72 years", verdict.answer().en());
    assertEquals(Decision.INCOMPLETE, evaluate(p, Map.of("age-years", "settanta")).decision());
  }

  @Test
  void aDateIsComparedWithAPeriodBackFromTheDayOfEvaluation() {
    Criterion recent = criterion("recent", "stroke-date", Operator.AT_LEAST, "P12M").onDate();
    Protocol p = protocol(List.of(recent), List.of());

    assertEquals(Decision.ELIGIBLE, evaluate(p, Map.of("stroke-date", "2026-01-10")).decision());
    assertEquals(
        Decision.NOT_ELIGIBLE, evaluate(p, Map.of("stroke-date", "10/11/2025")).decision());
    assertEquals(Decision.INCOMPLETE, evaluate(p, Map.of("stroke-date", "ieri")).decision());
    assertEquals(
        "negli ultimi 12 mesi", evaluate(p, Map.of()).verdicts().get(0).expectation().it());
  }

  private static Protocol protocol(List<Criterion> inclusion, List<Criterion> exclusion) {
    return new Protocol(
        "p",
        Label.of("P", "P"),
        List.of(),
        inclusion,
        exclusion,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void trueAndFalseAnswerAnOlderPluginsYesNoCriterion() {
    Criterion palliative = criterion("palliative", "in-palliative-care", Operator.EQUALS, "true");
    Protocol p =
        protocol(
            List.of(criterion("adult", "age-years", Operator.AT_LEAST, "18")), List.of(palliative));

    assertEquals(Criterion.FactType.YES_NO, palliative.factType());
    assertEquals(
        Decision.ELIGIBLE,
        evaluate(p, Map.of("age-years", "70", "in-palliative-care", "no")).decision());
    assertEquals(
        Decision.NOT_ELIGIBLE,
        evaluate(p, Map.of("age-years", "70", "in-palliative-care", "true")).decision());
  }

  /** Evaluates on a fixed day, so that no test depends on the day it runs. */
  private static Eligibility.Result evaluate(Protocol protocol, Map<String, String> facts) {
    return Eligibility.evaluate(protocol, facts, TODAY);
  }

  private static Map<String, String> withConsentAndNoDialysis(String consent) {
    return Map.of(
        "age-years",
        "72",
        "nyha-class",
        "II",
        "telemonitoring-consent",
        consent,
        "on-dialysis",
        "no");
  }
}
