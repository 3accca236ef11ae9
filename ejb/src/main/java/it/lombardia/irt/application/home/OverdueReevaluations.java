package it.lombardia.irt.application.home;

import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.ServiceGate;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Suitability re-evaluations past their date in active pathways (seed 003 §2.1.1), most overdue
 * first: the GP sees their patients', the COT its ASST's. Past the ASST's grace period new bookings
 * of the service stop ({@link ServiceGate#requireReevaluated}), which the queue says.
 */
@Stateless
public class OverdueReevaluations {

  private static final int MAX_ITEMS = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ServiceAvailability availability;

  /** A service whose suitability was to be re-evaluated by {@code due}. */
  public record Reevaluation(
      long enrolmentId,
      long patientId,
      String patientName,
      TelemedicineService service,
      LocalDate due,
      boolean bookingsStopped) {}

  /** The overdue re-evaluations of {@code patients}, or of every patient of the ASST if null. */
  public List<Reevaluation> of(List<Long> patients) {
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    int grace = availability.graceDays();
    var query =
        em.createQuery(
                "select e.id, p.id, p.familyName, p.givenName, a.service, a.reevaluateOn"
                    + " from SuitabilityAssessment a, Enrolment e, Patient p"
                    + " where e.id = a.enrolmentId and p.id = e.patientId and e.state = :active"
                    + " and a.reevaluateOn < :today"
                    + (patients == null ? "" : " and p.id in :patients")
                    + " order by a.reevaluateOn, e.id",
                Object[].class)
            .setParameter("active", Enrolment.State.ACTIVE)
            .setParameter("today", today);
    if (patients != null) {
      query.setParameter("patients", patients);
    }
    return query
        .setMaxResults(MAX_ITEMS)
        .getResultStream()
        .map(
            r -> {
              LocalDate due = (LocalDate) r[5];
              return new Reevaluation(
                  (Long) r[0],
                  (Long) r[1],
                  r[2] + " " + r[3],
                  (TelemedicineService) r[4],
                  due,
                  ServiceGate.overdue(due.plusDays(Math.max(0, grace)), today));
            })
        .toList();
  }
}
