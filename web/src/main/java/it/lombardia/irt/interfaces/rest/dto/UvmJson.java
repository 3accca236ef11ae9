package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.enrolment.Uvm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An {@link Uvm} as the REST API shows it. */
public record UvmJson(
    String tenantCode,
    Long id,
    Long enrolmentId,
    LocalDate heldOn,
    List<Uvm.Participant> participants,
    Uvm.Mode mode,
    String outcome,
    String recordedBy,
    Instant recordedAt) {

  public static UvmJson of(Uvm x) {
    return new UvmJson(
        x.getTenantCode(),
        x.getId(),
        x.getEnrolmentId(),
        x.getHeldOn(),
        x.getParticipants(),
        x.getMode(),
        x.getOutcome(),
        x.getRecordedBy(),
        x.getRecordedAt());
  }
}
