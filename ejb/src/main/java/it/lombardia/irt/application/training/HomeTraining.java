package it.lombardia.irt.application.training;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.training.PatientTraining;
import it.lombardia.irt.domain.model.training.TrainingRule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Training at home (seed 003 §2.1.1): the patient's own training on the devices and apps, recorded
 * by the care team, and the check before tele-monitoring starts — a suitability relying on a
 * caregiver needs a trained caregiver on record, a patient managing alone their own training.
 */
@Stateless
public class HomeTraining {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject PatientAccessPolicy policy;
  @Inject EnrolmentRepository enrolments;

  /** Records the patient's training on a device or app (a patient in the caller's care). */
  public PatientTraining record(long patientId, PatientTrainingForm form) {
    policy.requireToChange(patientId, RecordPart.IDENTITY, Roles.PATIENT_CARE);
    Actor actor = Guard.requireAny(Roles.PATIENT_CARE);
    validator.check(form);
    if (form.getTrainedOn().isAfter(LocalDate.now(clock.withZone(Italy.ZONE)))) {
      throw InvalidInputException.of(
          "trainedOn", "error.caregiver.trainedOn", "the training date cannot be in the future");
    }
    PatientTraining training =
        new PatientTraining(patientId, form.getTopic().trim(), form.getTrainedOn(), actor.name());
    em.persist(training);
    return training;
  }

  /** The patient's trainings, newest first (the read is logged by the access policy). */
  public List<PatientTraining> of(long patientId) {
    policy.requireToRead(patientId, RecordPart.IDENTITY, Roles.PATIENT_CARE);
    return em.createQuery(
            "select t from PatientTraining t where t.patientId = :p order by t.trainedOn desc",
            PatientTraining.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** Refuses (409) to activate a service used at home by someone not trained on its devices. */
  public void requireBeforeActivation(Enrolment enrolment) {
    long patientId = enrolment.getPatientId();
    for (SuitabilityAssessment a : enrolments.assessmentsOf(enrolment.getId())) {
      if (enrolment.getServices().contains(a.getService())
          && TrainingRule.AT_HOME.contains(a.getService())) {
        TrainingRule.requireTrainedAtHome(
            a.getService(),
            a.getDigitalSkills(),
            exists(
                "select count(c) from Caregiver c where c.patientId = :p and c.trained = true",
                patientId),
            exists("select count(t) from PatientTraining t where t.patientId = :p", patientId));
      }
    }
  }

  private boolean exists(String jpql, long patientId) {
    return em.createQuery(jpql, Long.class).setParameter("p", patientId).getSingleResult() > 0;
  }
}
