package it.lombardia.irt.domain.model.patient;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A diagnosis made in an in-person visit, recorded on the patient (seed 003 §2.2.1: a televisit is
 * only the follow-up of such a diagnosis).
 */
@Entity
@Table(name = "in_person_diagnosis")
@Audited
public class InPersonDiagnosis extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "condition_text", nullable = false, updatable = false, length = 500)
  private String condition;

  /** The ICD-9-CM code, as Italian prescriptions and discharge letters use. */
  @Column(name = "icd9cm_code", updatable = false, length = 10)
  private String icd9cmCode;

  @Column(name = "diagnosed_on", nullable = false, updatable = false)
  private LocalDate diagnosedOn;

  @Column(name = "diagnosed_by", nullable = false, updatable = false, length = 200)
  private String diagnosedBy;

  @Column(updatable = false, length = 200)
  private String facility;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected InPersonDiagnosis() {}

  public InPersonDiagnosis(
      Long patientId,
      String condition,
      String icd9cmCode,
      LocalDate diagnosedOn,
      String diagnosedBy,
      String facility,
      String recordedBy,
      Instant recordedAt,
      LocalDate today) {
    require(
        diagnosedOn != null && !diagnosedOn.isAfter(today),
        "error.diagnosis.date",
        "the in-person visit's date cannot be in the future");
    this.patientId = patientId;
    this.condition = condition;
    this.icd9cmCode = icd9cmCode;
    this.diagnosedOn = diagnosedOn;
    this.diagnosedBy = diagnosedBy;
    this.facility = facility;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getCondition() {
    return condition;
  }

  public String getIcd9cmCode() {
    return icd9cmCode;
  }

  public LocalDate getDiagnosedOn() {
    return diagnosedOn;
  }

  public String getDiagnosedBy() {
    return diagnosedBy;
  }

  public String getFacility() {
    return facility;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
