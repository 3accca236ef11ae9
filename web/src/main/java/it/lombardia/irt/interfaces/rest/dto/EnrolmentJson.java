package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An {@link Enrolment} as the REST API shows it. */
public record EnrolmentJson(
    String tenantCode,
    boolean active,
    Long id,
    Long patientId,
    String networkId,
    String conditionId,
    String networkVersion,
    Enrolment.Origin origin,
    String referredVia,
    String dischargeWard,
    LocalDate dischargeDate,
    Set<TelemedicineService> services,
    boolean complexCase,
    Enrolment.State state,
    String stateReason,
    String eligibilityDecision,
    String eligibilityJson,
    String proposedBy,
    Instant proposedAt) {

  public static EnrolmentJson of(Enrolment x) {
    return new EnrolmentJson(
        x.getTenantCode(),
        x.isActive(),
        x.getId(),
        x.getPatientId(),
        x.getNetworkId(),
        x.getConditionId(),
        x.getNetworkVersion(),
        x.getOrigin(),
        x.getReferredVia(),
        x.getDischargeWard(),
        x.getDischargeDate(),
        x.getServices(),
        x.isComplexCase(),
        x.getState(),
        x.getStateReason(),
        x.getEligibilityDecision(),
        x.getEligibilityJson(),
        x.getProposedBy(),
        x.getProposedAt());
  }
}
