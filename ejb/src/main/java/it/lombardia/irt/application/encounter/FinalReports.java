package it.lombardia.irt.application.encounter;

import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import java.util.List;

/**
 * The final report of a plan's cycle (tele-control, tele-rehabilitation) as its patient reads it.
 */
final class FinalReports {

  private FinalReports() {}

  /** The sections written in the plan's newest final report of {@code kind}; empty before it. */
  static List<OutcomeDocument.Field> of(
      EncounterRepository encounters, OutcomeKind kind, long planId) {
    return encounters
        .latestFinalOutcomeOfPlan(kind, planId)
        .map(d -> d.getFields().stream().filter(f -> !f.text().isBlank()).toList())
        .orElse(List.of());
  }
}
