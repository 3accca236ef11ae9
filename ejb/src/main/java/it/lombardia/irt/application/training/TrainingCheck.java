package it.lombardia.irt.application.training;

import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.training.Enforcement;
import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.domain.model.training.TrainingGap;
import it.lombardia.irt.domain.model.training.TrainingPolicy;
import it.lombardia.irt.domain.model.training.TrainingRule;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asked where a professional delivers a service (an encounter booked, opened or started,
 * tele-monitoring activated): under the ASST's {@link Enforcement#BLOCK} a professional without a
 * valid training is refused (409); under {@link Enforcement#WARN} the step goes ahead, the gap is
 * logged and the answer carries it ({@link TrainingWarnings}).
 */
@Stateless
public class TrainingCheck {

  private static final Logger LOG = Logger.getLogger(TrainingCheck.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TrainingWarnings warnings;

  public void requireTrained(String username, TelemedicineService service) {
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    var records =
        em.createQuery(
                "select t from StaffTraining t where t.username = :u and t.service = :s",
                StaffTraining.class)
            .setParameter("u", username)
            .setParameter("s", service)
            .getResultList();
    Optional<TrainingGap> gap =
        TrainingRule.enforce(TrainingRule.gap(username, service, records, today), enforcement());
    gap.ifPresent(
        g -> {
          LOG.warning(() -> "Training warning: " + g.message());
          warnings.add(g);
        });
  }

  /**
   * The caller's ASST's choice, {@link TrainingPolicy#DEFAULT} until its administrator makes one.
   */
  public Enforcement enforcement() {
    return em.createQuery("select p from TrainingPolicy p", TrainingPolicy.class)
        .getResultStream()
        .findFirst()
        .map(TrainingPolicy::getEnforcement)
        .orElse(TrainingPolicy.DEFAULT);
  }
}
