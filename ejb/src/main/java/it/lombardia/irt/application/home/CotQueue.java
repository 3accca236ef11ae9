package it.lombardia.irt.application.home;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The COT operator's day: the ASST's proposals and protected discharges still being taken in charge
 * (oldest first, so none waits forever), those ready to activate, the suitability re-evaluations
 * overdue in active pathways, and the open alarms escalated to the COT. The COT coordinates every
 * open pathway of its ASST (the care rule lets it reach their identity and pathway), never another
 * ASST's.
 */
@Stateless
public class CotQueue {

  /** The steps a proposal goes through before its plan is approved. */
  static final List<Enrolment.State> TO_PROCESS =
      List.of(
          Enrolment.State.PROPOSED,
          Enrolment.State.SUITABILITY_ASSESSED,
          Enrolment.State.CONSENT_GIVEN,
          Enrolment.State.UVM_DONE);

  private static final int MAX_ITEMS = 200;

  @PersistenceContext EntityManager em;
  @Inject Alarms alarms;
  @Inject OverdueReevaluations reevaluations;

  /** A pathway being taken in charge, at its step; a protected discharge names its ward. */
  public record Pathway(
      long enrolmentId,
      long patientId,
      String patientName,
      Enrolment.State state,
      Enrolment.Origin origin,
      String dischargeWard,
      Instant proposedAt) {}

  public record Queue(
      List<Pathway> toProcess,
      List<Pathway> toActivate,
      List<OverdueReevaluations.Reevaluation> toReevaluate,
      List<Alarms.InboxEntry> escalated) {}

  public Queue cot() {
    Guard.requireAnyRole(Role.COT_OPERATOR);
    return new Queue(
        pathways(TO_PROCESS),
        pathways(List.of(Enrolment.State.PLAN_APPROVED)),
        reevaluations.of(null),
        alarms.inbox().stream().filter(e -> e.alarm().getState() == Alarm.State.OPEN).toList());
  }

  private List<Pathway> pathways(List<Enrolment.State> states) {
    return em.createQuery(
            "select e.id, p.id, p.familyName, p.givenName, e.state, e.origin, e.dischargeWard,"
                + " e.proposedAt from Enrolment e, Patient p where p.id = e.patientId"
                + " and e.state in :states order by e.proposedAt, e.id",
            Object[].class)
        .setParameter("states", states)
        .setMaxResults(MAX_ITEMS)
        .getResultStream()
        .map(
            r ->
                new Pathway(
                    (Long) r[0],
                    (Long) r[1],
                    r[2] + " " + r[3],
                    (Enrolment.State) r[4],
                    (Enrolment.Origin) r[5],
                    (String) r[6],
                    (Instant) r[7]))
        .toList();
  }
}
