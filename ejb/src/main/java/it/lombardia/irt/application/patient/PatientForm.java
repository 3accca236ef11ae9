package it.lombardia.irt.application.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What is entered to register a patient (also the JSON body of the API). */
public class PatientForm {

  @NotBlank private String codiceFiscale;

  @NotBlank
  @Size(max = 100)
  private String givenName;

  @NotBlank
  @Size(max = 100)
  private String familyName;

  @NotNull private LocalDate birthDate;

  @Size(max = 100)
  private String birthPlace;

  @NotNull
  @Pattern(regexp = "[MF]", message = "{irt.patient.sex}")
  private String sex;

  @Size(max = 100)
  private String residenceMunicipality;

  private boolean disadvantagedArea;

  @Size(max = 40)
  private String phone;

  @Email
  @Size(max = 200)
  private String email;

  /** The patient's MMG/PLS, by name. */
  @Size(max = 200)
  private String generalPractitioner;

  /** Username of the proposing physician, when an operator registers on a physician's behalf. */
  private String requestingPhysician;

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getResidenceMunicipality() {
    return residenceMunicipality;
  }

  public void setResidenceMunicipality(String residenceMunicipality) {
    this.residenceMunicipality = residenceMunicipality;
  }

  public boolean isDisadvantagedArea() {
    return disadvantagedArea;
  }

  public void setDisadvantagedArea(boolean disadvantagedArea) {
    this.disadvantagedArea = disadvantagedArea;
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

  public String getGeneralPractitioner() {
    return generalPractitioner;
  }

  public void setGeneralPractitioner(String generalPractitioner) {
    this.generalPractitioner = generalPractitioner;
  }

  public String getRequestingPhysician() {
    return requestingPhysician;
  }

  public void setRequestingPhysician(String requestingPhysician) {
    this.requestingPhysician = requestingPhysician;
  }
}
