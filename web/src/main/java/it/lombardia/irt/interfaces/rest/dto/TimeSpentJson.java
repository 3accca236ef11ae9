package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.record.TimeSpent;
import java.time.Instant;
import java.time.LocalDate;

/** A {@link TimeSpent} as the REST API shows it. */
public record TimeSpentJson(
    String tenantCode,
    Long id,
    Long patientId,
    String username,
    TimeSpent.Activity activity,
    LocalDate spentOn,
    int minutes,
    String note,
    Instant recordedAt) {

  public static TimeSpentJson of(TimeSpent x) {
    return new TimeSpentJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getUsername(),
        x.getActivity(),
        x.getSpentOn(),
        x.getMinutes(),
        x.getNote(),
        x.getRecordedAt());
  }
}
