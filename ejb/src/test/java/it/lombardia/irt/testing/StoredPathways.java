package it.lombardia.irt.testing;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.Session;

/**
 * Pathways and suitability assessments put straight into the database, for tests that only care
 * about an enrolment's state and a re-evaluation date (the workflow's steps are tested elsewhere).
 */
public final class StoredPathways {

  private StoredPathways() {}

  /**
   * An eligible heart-failure enrolment of {@code patient} for {@code service}, at {@code state}.
   */
  public static long enrolment(
      Session s, long patient, TelemedicineService service, Enrolment.State state, Instant at) {
    Enrolment enrolment =
        new Enrolment(patient, "cardiology", "heart-failure", "1.0.0", Set.of(service), "mmg", at);
    enrolment.fromHome(null);
    enrolment.recordEligibility("ELIGIBLE", "[]");
    s.persist(enrolment);
    s.flush();
    s.createNativeMutationQuery("update enrolment set state = :s where id = :id")
        .setParameter("s", state.name())
        .setParameter("id", enrolment.getId())
        .executeUpdate();
    return enrolment.getId();
  }

  /** Every criterion met, assessed by "mmg" at {@code at}, to re-evaluate by {@code due}. */
  public static SuitabilityAssessment suitable(
      long enrolmentId, TelemedicineService service, LocalDate due, Instant at) {
    SuitabilityAssessment suitability = new SuitabilityAssessment(enrolmentId, service);
    suitability.record(
        new SuitabilityAssessment.Findings(
            true,
            true,
            true,
            true,
            SuitabilityAssessment.DigitalSkills.AUTONOMOUS,
            true,
            true,
            null,
            due),
        "mmg",
        at);
    return suitability;
  }
}
