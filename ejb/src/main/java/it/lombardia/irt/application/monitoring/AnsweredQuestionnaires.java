package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.search.PageRequest;
import it.lombardia.irt.application.search.ResultPage;
import it.lombardia.irt.domain.model.monitoring.AnsweredQuestionnaire;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the questionnaires a patient answered, for whoever may open the patient's record (each
 * read is logged as a read of the record).
 */
@Stateless
public class AnsweredQuestionnaires {

  @PersistenceContext EntityManager em;
  @Inject PatientRegistry registry;
  @Inject NetworkCatalog catalog;

  /**
   * An answered questionnaire with its name and its score's meaning in the plug-in version it
   * followed.
   */
  public record View(AnsweredQuestionnaire answered, Label name, Label meaning) {}

  /** A patient's answered questionnaires (the latest 1000), newest first. */
  public List<AnsweredQuestionnaire> of(long patientId) {
    return page(patientId, new PageRequest(0, 1000, true)).items();
  }

  /**
   * A page of a patient's answered questionnaires in order of answering, and how many there are in
   * all. Each page checks (and logs) the caller's access again.
   */
  public ResultPage<AnsweredQuestionnaire> page(long patientId, PageRequest page) {
    Guard.requireScope("QuestionnaireResponse", 's');
    registry.open(patientId, RecordPart.CLINICAL);
    String where = " from AnsweredQuestionnaire q where q.patientId = :p";
    return new ResultPage<>(
        em.createQuery(
                "select q" + where + page.orderBy("q.authoredAt", "q.id"),
                AnsweredQuestionnaire.class)
            .setParameter("p", patientId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList(),
        em.createQuery("select count(q)" + where, Long.class)
            .setParameter("p", patientId)
            .getSingleResult());
  }

  public AnsweredQuestionnaire one(long id) {
    Guard.requireScope("QuestionnaireResponse", 'r');
    AnsweredQuestionnaire q = em.find(AnsweredQuestionnaire.class, id);
    if (q == null) {
      throw new NotFoundException("QuestionnaireResponse", id);
    }
    registry.open(q.getPatientId(), RecordPart.CLINICAL);
    return q;
  }

  /** {@code q} with its name and meaning, from the plug-in version it followed. */
  public View describe(AnsweredQuestionnaire q) {
    Optional<Questionnaire> definition =
        catalog.definition(q.getNetworkId(), q.getNetworkVersion()).questionnaires().stream()
            .filter(d -> d.id().equals(q.getQuestionnaireId()))
            .findFirst();
    String meaning = q.getBandMeaning() == null ? "" : q.getBandMeaning();
    return new View(
        q,
        definition
            .map(Questionnaire::name)
            .orElse(Label.of(q.getQuestionnaireId(), q.getQuestionnaireId())),
        definition.stream()
            .flatMap(d -> d.bands().stream())
            .filter(b -> q.getScore() >= b.min() && q.getScore() <= b.max())
            .map(Questionnaire.ScoreBand::meaning)
            .findFirst()
            .orElse(Label.of(meaning, meaning)));
  }
}
