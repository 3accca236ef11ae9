package it.lombardia.irt.domain.model.patient;

import java.util.Collection;
import java.util.List;

/** The ASST's patients, as other aggregates' rules look them up. */
public interface PatientRepository {

  /** The patients with these ids (those of another ASST are not found). */
  List<Patient> byIds(Collection<Long> ids);
}
