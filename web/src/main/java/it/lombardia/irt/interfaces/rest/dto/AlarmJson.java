package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import java.time.Instant;

/** An {@link Alarm} as the REST API shows it. */
public record AlarmJson(
    String tenantCode,
    Long id,
    Long patientId,
    Long planId,
    String ruleKey,
    String openKey,
    Alarm.Kind kind,
    AlarmLevel level,
    String parameter,
    Double value,
    String unit,
    Double limit,
    String explanationIt,
    String explanationEn,
    Instant firstAt,
    Instant lastAt,
    int triggerCount,
    Alarm.State state,
    String recipient,
    Instant acknowledgeBy,
    String fallback,
    int escalations,
    String acknowledgedBy,
    Instant acknowledgedAt,
    AlarmAction.Action action,
    String actionNote,
    String closedBy,
    Instant closedAt,
    String outcome) {

  public static AlarmJson of(Alarm x) {
    return new AlarmJson(
        x.getTenantCode(),
        x.getId(),
        x.getPatientId(),
        x.getPlanId(),
        x.getRuleKey(),
        x.getOpenKey(),
        x.getKind(),
        x.getLevel(),
        x.getParameter(),
        x.getValue(),
        x.getUnit(),
        x.getLimit(),
        x.getExplanationIt(),
        x.getExplanationEn(),
        x.getFirstAt(),
        x.getLastAt(),
        x.getTriggerCount(),
        x.getState(),
        x.getRecipient(),
        x.getAcknowledgeBy(),
        x.getFallback(),
        x.getEscalations(),
        x.getAcknowledgedBy(),
        x.getAcknowledgedAt(),
        x.getAction(),
        x.getActionNote(),
        x.getClosedBy(),
        x.getClosedAt(),
        x.getOutcome());
  }
}
