package it.lombardia.irt.application.encounter;

import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The final report of a plan's cycle (tele-control, tele-rehabilitation) as its patient reads it.
 */
final class FinalReports {

  private FinalReports() {}

  /** The sections written in the plan's newest final report of {@code kind}; empty before it. */
  static List<OutcomeDocument.Field> of(EntityManager em, OutcomeKind kind, long planId) {
    return em.createQuery(
            "select d from OutcomeDocument d where d.kind = :k and d.status = :final"
                + " and d.encounterId in (select e.id from Encounter e where e.carePlanId = :p)"
                + " order by d.id desc",
            OutcomeDocument.class)
        .setParameter("k", kind)
        .setParameter("final", OutcomeDocument.Status.FINAL)
        .setParameter("p", planId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(d -> d.getFields().stream().filter(f -> !f.text().isBlank()).toList())
        .orElse(List.of());
  }
}
