package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.network.Eligibility;
import java.util.List;

/**
 * Refuses a proposal the protocol's criteria do not admit: every criterion that excludes the
 * patient, or whose fact is missing or not of its type, becomes one problem naming the criterion in
 * the user's language (the plug-in's label), what it expects and what was recorded.
 */
final class EligibilityRefusal {

  private EligibilityRefusal() {}

  static void requireEligible(Eligibility.Result eligibility) {
    if (eligibility.decision() == Eligibility.Decision.ELIGIBLE) {
      return;
    }
    List<InvalidInputException.Problem> problems =
        eligibility.verdicts().stream()
            .filter(v -> !v.passes())
            // when something excludes the patient, the missing facts do not matter yet
            .filter(
                v ->
                    eligibility.decision() == Eligibility.Decision.INCOMPLETE
                        || v.outcome() != Eligibility.Outcome.UNKNOWN)
            .map(EligibilityRefusal::problem)
            .toList();
    throw new InvalidInputException(problems);
  }

  private static InvalidInputException.Problem problem(Eligibility.Verdict v) {
    if (v.outcome() == Eligibility.Outcome.UNKNOWN) {
      return new InvalidInputException.Problem(
          "facts." + v.fact(),
          "error.enrolment.criterionIncomplete",
          v.label().en() + ": not recorded, or not a valid answer; record it",
          List.of(v.label()));
    }
    return new InvalidInputException.Problem(
        "facts." + v.fact(),
        v.exclusion() ? "error.enrolment.excludedBy" : "error.enrolment.criterionNotMet",
        v.label().en() + ": expected " + v.expected() + ", found " + v.actual(),
        List.of(v.label(), v.expectation(), v.answer()));
  }
}
