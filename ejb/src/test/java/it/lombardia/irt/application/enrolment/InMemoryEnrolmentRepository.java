package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.testing.Ids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Enrolments in memory, numbered as the database would, for the pathway rules' tests. */
public final class InMemoryEnrolmentRepository implements EnrolmentRepository {

  final List<Enrolment> enrolments = new ArrayList<>();
  final List<SuitabilityAssessment> assessments = new ArrayList<>();
  final List<Uvm> uvms = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void add(Enrolment enrolment) {
    enrolments.add(Ids.withId(enrolment, nextId++));
  }

  @Override
  public void add(SuitabilityAssessment assessment) {
    assessments.add(Ids.withId(assessment, nextId++));
  }

  @Override
  public void add(Uvm uvm) {
    uvms.add(Ids.withId(uvm, nextId++));
  }

  @Override
  public Optional<Enrolment> find(long id) {
    return enrolments.stream().filter(e -> e.getId() == id).findFirst();
  }

  @Override
  public Optional<Enrolment> locked(long id) {
    return find(id);
  }

  @Override
  public List<Enrolment> ofPatient(long patientId) {
    return enrolments.stream()
        .filter(e -> e.getPatientId() == patientId)
        .sorted(Comparator.comparing(Enrolment::getId).reversed())
        .toList();
  }

  @Override
  public List<Enrolment> activeOf(long patientId) {
    return enrolments.stream()
        .filter(e -> e.getPatientId() == patientId && e.isActive())
        .sorted(Comparator.comparing(Enrolment::getId))
        .toList();
  }

  @Override
  public List<Monitored> monitoredPatients() {
    return enrolments.stream()
        .filter(Enrolment::isActive)
        .map(e -> new Monitored(e.getTenantCode(), e.getPatientId()))
        .distinct()
        .sorted(Comparator.comparing(Monitored::patientId))
        .toList();
  }

  @Override
  public List<SuitabilityAssessment> assessmentsOf(long enrolmentId) {
    return assessments.stream()
        .filter(a -> a.getEnrolmentId() == enrolmentId)
        .sorted(Comparator.comparing(SuitabilityAssessment::getService))
        .toList();
  }

  @Override
  public Optional<Uvm> uvmOf(long enrolmentId) {
    return uvms.stream().filter(u -> u.getEnrolmentId() == enrolmentId).findFirst();
  }
}
