package it.lombardia.irt.application.patient;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The access log of patients' data (Garante 2015 guidelines on health dossiers: kept at least 24
 * months — nothing prunes it). A granted read is written with the read; a refused attempt in a
 * transaction of its own, so that it is kept although the refusal rolls the caller's back.
 */
@Stateless
public class PatientAccessLog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void granted(long patientId, Actor actor, PatientAccess.Purpose purpose, RecordPart part) {
    em.persist(
        new PatientAccess(
            patientId,
            actor.name(),
            purpose,
            part.name(),
            true,
            actor.clientAddress(),
            clock.instant()));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(long patientId, Actor actor, PatientAccess.Purpose purpose, RecordPart part) {
    em.persist(
        new PatientAccess(
            patientId,
            actor.name(),
            purpose,
            part.name(),
            false,
            actor.clientAddress(),
            clock.instant()));
  }

  public List<PatientAccess> of(Long patientId) {
    return em.createQuery(
            "select a from PatientAccess a where a.patientId = :p order by a.accessedAt desc",
            PatientAccess.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
