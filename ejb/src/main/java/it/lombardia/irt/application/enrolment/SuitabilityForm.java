package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The assessment of one service's suitability (also the JSON body of the API). */
public class SuitabilityForm {

  @NotNull private TelemedicineService service;

  private boolean clinical;

  private boolean appropriate;

  private boolean safe;

  private boolean technology;

  @NotNull private SuitabilityAssessment.DigitalSkills digitalSkills;

  private boolean socialContext;

  private boolean homeSuitable;

  @Size(max = 2000)
  private String notes;

  @NotNull private LocalDate reevaluateOn;

  public TelemedicineService getService() {
    return service;
  }

  public void setService(TelemedicineService service) {
    this.service = service;
  }

  public boolean isClinical() {
    return clinical;
  }

  public void setClinical(boolean clinical) {
    this.clinical = clinical;
  }

  public boolean isAppropriate() {
    return appropriate;
  }

  public void setAppropriate(boolean appropriate) {
    this.appropriate = appropriate;
  }

  public boolean isSafe() {
    return safe;
  }

  public void setSafe(boolean safe) {
    this.safe = safe;
  }

  public boolean isTechnology() {
    return technology;
  }

  public void setTechnology(boolean technology) {
    this.technology = technology;
  }

  public SuitabilityAssessment.DigitalSkills getDigitalSkills() {
    return digitalSkills;
  }

  public void setDigitalSkills(SuitabilityAssessment.DigitalSkills digitalSkills) {
    this.digitalSkills = digitalSkills;
  }

  public boolean isSocialContext() {
    return socialContext;
  }

  public void setSocialContext(boolean socialContext) {
    this.socialContext = socialContext;
  }

  public boolean isHomeSuitable() {
    return homeSuitable;
  }

  public void setHomeSuitable(boolean homeSuitable) {
    this.homeSuitable = homeSuitable;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public LocalDate getReevaluateOn() {
    return reevaluateOn;
  }

  public void setReevaluateOn(LocalDate reevaluateOn) {
    this.reevaluateOn = reevaluateOn;
  }
}
