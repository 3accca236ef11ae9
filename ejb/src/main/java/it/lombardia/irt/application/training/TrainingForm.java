package it.lombardia.irt.application.training;

import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A professional's completed course as entered (also the JSON body of the API). */
public class TrainingForm {

  @NotBlank
  @Size(max = 80)
  private String username;

  @NotBlank
  @Size(max = 200)
  private String course;

  @NotNull private TelemedicineService service;

  @NotNull private LocalDate completedOn;

  /** The last day it is valid; empty when it does not expire. */
  private LocalDate expiresOn;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public TelemedicineService getService() {
    return service;
  }

  public void setService(TelemedicineService service) {
    this.service = service;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
