package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.encounter.Attendance;
import java.time.Instant;

/** An {@link Attendance} as the REST API shows it. */
public record AttendanceJson(
    String tenantCode,
    Long id,
    Long encounterId,
    String attendee,
    boolean professional,
    Instant joinedAt,
    Instant leftAt) {

  public static AttendanceJson of(Attendance x) {
    return new AttendanceJson(
        x.getTenantCode(),
        x.getId(),
        x.getEncounterId(),
        x.getAttendee(),
        x.isProfessional(),
        x.getJoinedAt(),
        x.getLeftAt());
  }
}
