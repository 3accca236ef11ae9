package it.lombardia.irt.domain.model.training;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The patient's own training on a device or an app of tele-monitoring (seed 003 §2.1.1): a patient
 * who manages alone needs one before tele-monitoring starts. A caregiver's training is recorded on
 * the caregiver.
 */
@Entity
@Table(name = "patient_training")
@Audited
public class PatientTraining extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  /** The device or app the patient was trained on, in the trainer's words. */
  @Column(nullable = false, length = 200)
  private String topic;

  @Column(name = "trained_on", nullable = false)
  private LocalDate trainedOn;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @Version @NotAudited private long version;

  protected PatientTraining() {}

  public PatientTraining(Long patientId, String topic, LocalDate trainedOn, String recordedBy) {
    this.patientId = patientId;
    this.topic = topic;
    this.trainedOn = trainedOn;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getTopic() {
    return topic;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
