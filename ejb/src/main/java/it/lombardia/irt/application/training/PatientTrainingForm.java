package it.lombardia.irt.application.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The patient's training on a device or app as entered (also the JSON body of the API). */
public class PatientTrainingForm {

  @NotBlank
  @Size(max = 200)
  private String topic;

  @NotNull private LocalDate trainedOn;

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public void setTrainedOn(LocalDate trainedOn) {
    this.trainedOn = trainedOn;
  }
}
