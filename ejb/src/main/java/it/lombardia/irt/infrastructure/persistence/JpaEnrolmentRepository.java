package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Enrolments in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Enrolment enrolment) {
    em.persist(enrolment);
  }

  @Override
  public void add(SuitabilityAssessment assessment) {
    em.persist(assessment);
  }

  @Override
  public void add(Uvm uvm) {
    em.persist(uvm);
  }

  @Override
  public Optional<Enrolment> find(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
  }

  @Override
  public Optional<Enrolment> locked(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Enrolment> ofPatient(long patientId) {
    return em.createQuery(
            "select e from Enrolment e where e.patientId = :p order by e.id desc", Enrolment.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Override
  public List<Enrolment> activeOf(long patientId) {
    return em.createQuery(
            "select e from Enrolment e where e.patientId = :p and e.state = :active order by e.id",
            Enrolment.class)
        .setParameter("p", patientId)
        .setParameter("active", Enrolment.State.ACTIVE)
        .getResultList();
  }

  @Override
  public List<Monitored> monitoredPatients() {
    return em.createQuery(
            "select distinct e.tenantCode, e.patientId from Enrolment e where e.state = :active"
                + " order by e.tenantCode, e.patientId",
            Object[].class)
        .setParameter("active", Enrolment.State.ACTIVE)
        .getResultStream()
        .map(r -> new Monitored((String) r[0], (Long) r[1]))
        .toList();
  }

  @Override
  public List<SuitabilityAssessment> assessmentsOf(long enrolmentId) {
    return em.createQuery(
            "select a from SuitabilityAssessment a where a.enrolmentId = :e order by a.service",
            SuitabilityAssessment.class)
        .setParameter("e", enrolmentId)
        .getResultList();
  }

  @Override
  public Optional<Uvm> uvmOf(long enrolmentId) {
    return em.createQuery("select u from Uvm u where u.enrolmentId = :e", Uvm.class)
        .setParameter("e", enrolmentId)
        .getResultStream()
        .findFirst();
  }
}
