package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.training.PatientTraining;
import java.time.LocalDate;

/** A {@link PatientTraining} as the REST API shows it. */
public record PatientTrainingJson(
    Long id, Long patientId, String topic, LocalDate trainedOn, String recordedBy) {

  public static PatientTrainingJson of(PatientTraining x) {
    return new PatientTrainingJson(
        x.getId(), x.getPatientId(), x.getTopic(), x.getTrainedOn(), x.getRecordedBy());
  }
}
