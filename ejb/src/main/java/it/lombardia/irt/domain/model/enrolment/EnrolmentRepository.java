package it.lombardia.irt.domain.model.enrolment;

import java.util.List;
import java.util.Optional;

/** The ASST's enrolments with their suitability assessments and UVM, as the pathway reads them. */
public interface EnrolmentRepository {

  /** A patient under an active enrolment, with their ASST (the watch looks across ASSTs). */
  record Monitored(String tenantCode, long patientId) {}

  void add(Enrolment enrolment);

  void add(SuitabilityAssessment assessment);

  void add(Uvm uvm);

  Optional<Enrolment> find(long id);

  /** The enrolment locked for a change: its steps do not interleave. */
  Optional<Enrolment> locked(long id);

  /** A patient's enrolments, newest first. */
  List<Enrolment> ofPatient(long patientId);

  /** A patient's active enrolments, oldest first. */
  List<Enrolment> activeOf(long patientId);

  /**
   * Every patient with an active enrolment, once (across ASSTs when run at Region level), by ASST
   * then patient id: the missing-data watch checks them in that order.
   */
  List<Monitored> monitoredPatients();

  /** An enrolment's suitability assessments, by service. */
  List<SuitabilityAssessment> assessmentsOf(long enrolmentId);

  Optional<Uvm> uvmOf(long enrolmentId);
}
