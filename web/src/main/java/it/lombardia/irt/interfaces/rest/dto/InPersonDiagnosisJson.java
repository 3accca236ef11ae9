package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import java.time.Instant;
import java.time.LocalDate;

/** An {@link InPersonDiagnosis} as the REST API shows it. */
public record InPersonDiagnosisJson(
    String tenantCode,
    Long id,
    Long patientId,
    String condition,
    String icd9cmCode,
    LocalDate diagnosedOn,
    String diagnosedBy,
    String facility,
    String recordedBy,
    Instant recordedAt) {

  public static InPersonDiagnosisJson of(InPersonDiagnosis x) {
    return new InPersonDiagnosisJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getCondition(),
        x.getIcd9cmCode(),
        x.getDiagnosedOn(),
        x.getDiagnosedBy(),
        x.getFacility(),
        x.getRecordedBy(),
        x.getRecordedAt());
  }
}
