package it.lombardia.irt.application.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A caregiver as entered (also the JSON body of the API). */
public class CaregiverForm {

  @NotBlank
  @Size(max = 200)
  private String fullName;

  @NotBlank
  @Size(max = 100)
  private String relationship;

  @Size(max = 40)
  private String phone;

  @Email
  @Size(max = 200)
  private String email;

  /** When they were trained on the devices; empty if not yet. */
  private LocalDate trainedOn;

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
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
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public void setTrainedOn(LocalDate trainedOn) {
    this.trainedOn = trainedOn;
  }
}
