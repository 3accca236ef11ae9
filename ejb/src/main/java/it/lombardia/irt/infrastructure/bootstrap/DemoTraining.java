package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo professionals' training records (seed 003 §2.1.6), so that the demo's flows deliver
 * their services without a training warning: each demo user is trained for the services they
 * deliver, valid two more years from the first start. Created once per ASST, in its own context.
 */
@Stateless
public class DemoTraining {

  private static final Map<String, List<TelemedicineService>> COURSES =
      Map.of(
          "mmg",
          List.of(
              TelemedicineService.TELEVISIT,
              TelemedicineService.TELECONSULT,
              TelemedicineService.HEALTH_TELECONSULTANCY,
              TelemedicineService.TELEMONITORING_LEVEL_1,
              TelemedicineService.TELEMONITORING_LEVEL_2,
              TelemedicineService.TELECONTROL),
          "pls",
          List.of(TelemedicineService.TELEVISIT, TelemedicineService.TELECONSULT),
          "cardiologo",
          List.of(
              TelemedicineService.TELEVISIT,
              TelemedicineService.TELECONSULT,
              TelemedicineService.HEALTH_TELECONSULTANCY,
              TelemedicineService.TELEMONITORING_LEVEL_1,
              TelemedicineService.TELECONTROL),
          "infermiere",
          List.of(
              TelemedicineService.TELEASSISTANCE,
              TelemedicineService.HEALTH_TELECONSULTANCY,
              TelemedicineService.TELEMONITORING_LEVEL_1,
              TelemedicineService.TELEMONITORING_LEVEL_2),
          "fisioterapista",
          List.of(
              TelemedicineService.TELEREHABILITATION, TelemedicineService.HEALTH_TELECONSULTANCY));

  /** The courses' names, in Italian as the ASST names them. */
  private static final Map<TelemedicineService, String> COURSE_NAMES =
      Map.of(
          TelemedicineService.TELEVISIT, "televisita",
          TelemedicineService.TELECONSULT, "teleconsulto",
          TelemedicineService.HEALTH_TELECONSULTANCY, "teleconsulenza",
          TelemedicineService.TELEASSISTANCE, "teleassistenza",
          TelemedicineService.TELEMONITORING_LEVEL_1, "telemonitoraggio di livello 1",
          TelemedicineService.TELEMONITORING_LEVEL_2, "telemonitoraggio di livello 2",
          TelemedicineService.TELECONTROL, "telecontrollo",
          TelemedicineService.TELEREHABILITATION, "teleriabilitazione");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The training of the demo users named {@code prefix.*}, in the caller's ASST, once. */
  public void seed(String prefix) {
    long existing =
        em.createQuery("select count(t) from StaffTraining t", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    COURSES.forEach(
        (suffix, services) ->
            services.forEach(
                service ->
                    em.persist(
                        new StaffTraining(
                            prefix + "." + suffix,
                            "Formazione regionale "
                                + service.name().toLowerCase().replace('_', ' '),
                            service,
                            today.minusMonths(6),
                            today.plusYears(2),
                            "system",
                            clock.instant()))));
  }
}
