package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;

/** A {@link SuitabilityAssessment} as the REST API shows it. */
public record SuitabilityAssessmentJson(
    String tenantCode,
    Long id,
    Long enrolmentId,
    TelemedicineService service,
    boolean clinical,
    boolean appropriate,
    boolean safe,
    boolean technology,
    SuitabilityAssessment.DigitalSkills digitalSkills,
    boolean socialContext,
    boolean homeSuitable,
    boolean suitable,
    String notes,
    LocalDate reevaluateOn,
    String assessedBy,
    Instant assessedAt) {

  public static SuitabilityAssessmentJson of(SuitabilityAssessment x) {
    return new SuitabilityAssessmentJson(
        x.getTenantCode(),
        x.getId(),
        x.getEnrolmentId(),
        x.getService(),
        x.isClinical(),
        x.isAppropriate(),
        x.isSafe(),
        x.isTechnology(),
        x.getDigitalSkills(),
        x.isSocialContext(),
        x.isHomeSuitable(),
        x.isSuitable(),
        x.getNotes(),
        x.getReevaluateOn(),
        x.getAssessedBy(),
        x.getAssessedAt());
  }
}
