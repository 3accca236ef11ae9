package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import java.time.Instant;

/** An {@link AlarmPause} as the REST API shows it. */
public record AlarmPauseJson(
    String tenantCode,
    Long id,
    Long patientId,
    Instant startsAt,
    Instant endsAt,
    String reason,
    String pausedBy,
    Instant pausedAt,
    String endedBy) {

  public static AlarmPauseJson of(AlarmPause x) {
    return new AlarmPauseJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getStartsAt(),
        x.getEndsAt(),
        x.getReason(),
        x.getPausedBy(),
        x.getPausedAt(),
        x.getEndedBy());
  }
}
