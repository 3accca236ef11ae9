package it.lombardia.irt.domain.model.patient;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A patient of one ASST, identified by the codice fiscale (unique within the ASST). Their record is
 * open only to the physician who proposed them, the ASST's COT and ADI operators and (with the care
 * plan) the care team; every read is logged in {@link PatientAccess}.
 */
@Entity
@Table(name = "patient")
@Audited
public class Patient extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "codice_fiscale", nullable = false, updatable = false, length = 16)
  private String codiceFiscale;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  /** The name as the patient search compares it ({@link SearchName}); derived, so not audited. */
  @NotAudited
  @Column(name = "search_name", nullable = false, length = 210)
  private String searchName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "birth_place", length = 100)
  private String birthPlace;

  @Column(nullable = false, length = 1)
  private String sex;

  @Column(name = "residence_municipality", length = 100)
  private String residenceMunicipality;

  /** Mountain or disadvantaged area: the Region gives these patients priority (seed 000 §4.14). */
  @Column(name = "disadvantaged_area", nullable = false)
  private boolean disadvantagedArea;

  @Column(length = 40)
  private String phone;

  @Column(length = 200)
  private String email;

  /** The patient's own GP or family paediatrician (MMG/PLS), by name. */
  @Column(name = "general_practitioner", length = 200)
  private String generalPractitioner;

  /** Username of the physician who proposed the patient (the "requesting physician"). */
  @Column(name = "requesting_physician", nullable = false, updatable = false, length = 80)
  private String requestingPhysician;

  /** Username of who registered the patient; null for patients registered before it was kept. */
  @NotAudited
  @Column(name = "registered_by", updatable = false, length = 80)
  private String registeredBy;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected Patient() {}

  public Patient(
      CodiceFiscale codiceFiscale,
      String givenName,
      String familyName,
      LocalDate birthDate,
      String sex,
      String requestingPhysician,
      Instant now) {
    this.codiceFiscale = codiceFiscale.value();
    this.givenName = givenName;
    this.familyName = familyName;
    this.searchName = SearchName.of(familyName, givenName);
    this.birthDate = birthDate;
    this.sex = sex;
    this.requestingPhysician = requestingPhysician;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  /** Records who registered the patient (before it is stored). */
  public Patient registeredBy(String username) {
    this.registeredBy = username;
    return this;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
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
    this.email = email;
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
}
