package it.lombardia.irt.domain.model.patient;

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
 * A person who helps the patient at home (family member, carer). Whether and when they were trained
 * on the devices counts for the patient's suitability to telemedicine (seed 003 §2.1.1).
 */
@Entity
@Table(name = "caregiver")
@Audited
public class Caregiver extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 100)
  private String relationship;

  @Column(length = 40)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(nullable = false)
  private boolean trained;

  @Column(name = "trained_on")
  private LocalDate trainedOn;

  @Version @NotAudited private long version;

  protected Caregiver() {}

  public Caregiver(Long patientId, String fullName, String relationship) {
    this.patientId = patientId;
    this.fullName = fullName;
    this.relationship = relationship;
  }

  /** Records the training on the devices; a date is required, not in the future. */
  public void trainedOn(LocalDate date) {
    this.trained = date != null;
    this.trainedOn = date;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getFullName() {
    return fullName;
  }

  public String getRelationship() {
    return relationship;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isTrained() {
    return trained;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }
}
