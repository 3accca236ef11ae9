package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A {@link CarePlan} as the REST API shows it. */
public record CarePlanJson(
    String tenantCode,
    boolean teleControl,
    Long id,
    Long enrolmentId,
    Long patientId,
    CarePlan.Kind kind,
    int planNumber,
    CarePlan.Status status,
    String networkVersion,
    String objectives,
    String timings,
    Set<TelemedicineService> services,
    LocalDate reviewDate,
    List<PersonalisedThreshold> thresholds,
    List<AlarmStep> alarmProtocol,
    Integer sessionsPlanned,
    Integer sessionsPerWeek,
    LocalDate cycleStart,
    LocalDate cycleEnd,
    List<CareTeamMemberJson> team,
    String authoredBy,
    String approvedBy,
    Instant approvedAt) {

  public static CarePlanJson of(CarePlan x) {
    return new CarePlanJson(
        x.getTenantCode(),
        x.isTeleControl(),
        x.getId(),
        x.getEnrolmentId(),
        x.getPatientId(),
        x.getKind(),
        x.getPlanNumber(),
        x.getStatus(),
        x.getNetworkVersion(),
        x.getObjectives(),
        x.getTimings(),
        x.getServices(),
        x.getReviewDate(),
        x.getThresholds(),
        x.getAlarmProtocol(),
        x.getSessionsPlanned(),
        x.getSessionsPerWeek(),
        x.getCycleStart(),
        x.getCycleEnd(),
        x.getTeam().stream().map(CareTeamMemberJson::of).toList(),
        x.getAuthoredBy(),
        x.getApprovedBy(),
        x.getApprovedAt());
  }
}
