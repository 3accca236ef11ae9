package it.lombardia.irt.application.training;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.training.Enforcement;
import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.domain.model.training.TrainingPolicy;
import it.lombardia.irt.domain.model.user.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The ASST administrator's side of training (seed 003 §2.1.6): the courses of the ASST's
 * professionals and whether a missing one warns or blocks. Every row is the ASST's own: another
 * ASST's record is not found (404).
 */
@Stateless
public class StaffTrainings {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject UserDirectory users;
  @Inject TrainingCheck check;

  /** The ASST's training records, of one professional when {@code username} is given. */
  public List<StaffTraining> list(String username) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    boolean all = username == null || username.isBlank();
    return em.createQuery(
            "select t from StaffTraining t where (:all = true or t.username = :u)"
                + " order by t.username, t.service, t.completedOn desc",
            StaffTraining.class)
        .setParameter("all", all)
        .setParameter("u", all ? "" : username.trim())
        .getResultList();
  }

  public StaffTraining find(long id) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return em.createQuery("select t from StaffTraining t where t.id = :id", StaffTraining.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Training", id));
  }

  /** Records a course a professional of the ASST completed. */
  public StaffTraining record(TrainingForm form) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    validator.check(form);
    String username = form.getUsername().trim();
    if (users.find(username).isEmpty()) {
      throw InvalidInputException.of(
          "username", "error.training.user", "no professional " + username + " in this ASST");
    }
    LocalDate today = LocalDate.now(clock.withZone(Italy.ZONE));
    if (form.getCompletedOn().isAfter(today)) {
      throw InvalidInputException.of(
          "completedOn",
          "error.training.completedOn",
          "the completion date cannot be in the future");
    }
    if (form.getExpiresOn() != null && form.getExpiresOn().isBefore(form.getCompletedOn())) {
      throw InvalidInputException.of(
          "expiresOn", "error.training.expiresOn", "the expiry cannot precede the completion");
    }
    StaffTraining training =
        new StaffTraining(
            username,
            form.getCourse().trim(),
            form.getService(),
            form.getCompletedOn(),
            form.getExpiresOn(),
            admin.name(),
            clock.instant());
    em.persist(training);
    return training;
  }

  /** Removes a record entered by mistake (Envers keeps it). */
  public void remove(long id) {
    em.remove(find(id));
  }

  public Enforcement enforcement() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return check.enforcement();
  }

  /** The ASST's choice: warn or block a professional without a valid training. */
  public Enforcement choose(Enforcement enforcement) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    if (enforcement == null) {
      throw InvalidInputException.of(
          "enforcement", "error.training.enforcement", "choose WARN or BLOCK");
    }
    em.createQuery("select p from TrainingPolicy p", TrainingPolicy.class)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            p -> p.setEnforcement(enforcement), () -> em.persist(new TrainingPolicy(enforcement)));
    return enforcement;
  }
}
