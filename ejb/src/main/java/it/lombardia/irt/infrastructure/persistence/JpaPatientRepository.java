package it.lombardia.irt.infrastructure.persistence;

import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Patients in the database (the tenant is Hibernate's {@code @TenantId}). */
@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Patient> byIds(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
            .setParameter("ids", ids)
            .getResultList();
  }
}
