package it.lombardia.irt.application.encounter;

import it.lombardia.irt.domain.model.encounter.Attendance;
import jakarta.persistence.EntityManager;

/** Stays in an encounter's video room. */
final class Stays {

  private Stays() {}

  /** The attendee's stay not yet left, if any. */
  static Attendance open(EntityManager em, long encounterId, String attendee) {
    return em.createQuery(
            "select a from Attendance a where a.encounterId = :e and a.attendee = :a"
                + " and a.leftAt is null",
            Attendance.class)
        .setParameter("e", encounterId)
        .setParameter("a", attendee)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
