package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.monitoring.AnsweredQuestionnaire;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads of the questionnaires a patient answered, for whoever may open the patient's record (each
 * read is logged as a read of the record).
 */
@Stateless
public class AnsweredQuestionnaires {

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;

  /** A patient's answered questionnaires, newest first. */
  public List<AnsweredQuestionnaire> of(long patientId) {
    registry.open(patientId);
    return em.createQuery(
            "select q from AnsweredQuestionnaire q where q.patientId = :p"
                + " order by q.authoredAt desc, q.id desc",
            AnsweredQuestionnaire.class)
        .setParameter("p", patientId)
        .setMaxResults(1000)
        .getResultList();
  }

  public AnsweredQuestionnaire one(long id) {
    AnsweredQuestionnaire q = em.find(AnsweredQuestionnaire.class, id);
    if (q == null) {
      throw new NotFoundException("QuestionnaireResponse", id);
    }
    registry.open(q.getPatientId());
    return q;
  }
}
