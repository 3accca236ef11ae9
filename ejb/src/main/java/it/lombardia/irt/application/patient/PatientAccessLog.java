package it.lombardia.irt.application.patient;

import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes the access log in a transaction of its own, so that a refused attempt is recorded even
 * though the refusal rolls back the caller's transaction.
 */
@Stateless
public class PatientAccessLog {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(Long patientId, Actor actor, PatientAccess.Purpose purpose, boolean granted) {
    em.persist(new PatientAccess(patientId, actor.name(), purpose, granted, actor.clientAddress()));
  }

  public List<PatientAccess> of(Long patientId) {
    return em.createQuery(
            "select a from PatientAccess a where a.patientId = :p order by a.accessedAt desc",
            PatientAccess.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
