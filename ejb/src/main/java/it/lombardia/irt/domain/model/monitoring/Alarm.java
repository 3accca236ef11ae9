package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An alarm raised by a patient's readings: OPEN until a recipient acknowledges it recording the
 * action taken, then CLOSED with an outcome. While open, a repeat of the same condition updates it
 * (count, last reading, a higher level) instead of raising another; an alarm not acknowledged in
 * time passes to the next recipient of the plan's alarm protocol.
 *
 * <p>The audit trail keeps what the care team did and where the alarm went (level, state,
 * recipient, acknowledgement, closure); the latest reading and the count of repeats change with
 * every repeat and are not copied, so a flood of readings does not flood the audit tables.
 */
@Entity
@Table(name = "alarm")
@Audited
public class Alarm extends TenantOwnedEntity {

  /** What raised the alarm. */
  public enum Kind {
    THRESHOLD,
    TREND,
    MISSING,
    QUESTIONNAIRE
  }

  public enum State {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "plan_id", updatable = false)
  private Long planId;

  @Column(name = "rule_key", nullable = false, updatable = false, length = 160)
  private String ruleKey;

  @Column(name = "open_key", length = 160)
  private String openKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlarmLevel level;

  /** LOINC code of the parameter, or the plug-in questionnaire's id for a questionnaire alarm. */
  @Column(nullable = false, updatable = false, length = 80)
  private String parameter;

  @NotAudited
  @Column(name = "measured_value")
  private Double value;

  @NotAudited
  @Column(length = 20)
  private String unit;

  @NotAudited
  @Column(name = "limit_value")
  private Double limit;

  @NotAudited
  @Column(name = "explanation_it", nullable = false, length = 1000)
  private String explanationIt;

  @NotAudited
  @Column(name = "explanation_en", nullable = false, length = 1000)
  private String explanationEn;

  @Column(name = "first_at", nullable = false, updatable = false)
  private Instant firstAt;

  @NotAudited
  @Column(name = "last_at", nullable = false)
  private Instant lastAt;

  @NotAudited
  @Column(name = "trigger_count", nullable = false)
  private int triggerCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.OPEN;

  @Column(nullable = false, length = 80)
  private String recipient;

  @Column(name = "acknowledge_by")
  private Instant acknowledgeBy;

  @Column(length = 80)
  private String fallback;

  @Column(nullable = false)
  private int escalations;

  @Column(name = "acknowledged_by", length = 80)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "action_taken", length = 30)
  private AlarmAction.Action action;

  @Column(name = "action_note", length = 1000)
  private String actionNote;

  @Column(name = "closed_by", length = 80)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(length = 1000)
  private String outcome;

  @Version @NotAudited private long version;

  protected Alarm() {}

  public Alarm(Long patientId, Long planId, AlarmTrigger trigger, AlarmRoute route) {
    this.patientId = patientId;
    this.planId = planId;
    this.ruleKey = trigger.ruleKey();
    this.openKey = trigger.ruleKey();
    this.kind = trigger.kind();
    this.parameter = trigger.parameter();
    this.firstAt = trigger.at();
    this.triggerCount = 0;
    update(trigger);
    routeTo(route);
  }

  /**
   * The same condition met again while the alarm is open: one more trigger, the latest reading and
   * explanation. Returns whether the level rose; a risen level needs a new acknowledgement, so the
   * caller routes the alarm again.
   */
  public boolean repeat(AlarmTrigger trigger) {
    if (state == State.CLOSED) {
      throw new IllegalStateException("A closed alarm is not repeated");
    }
    boolean worse = trigger.level().compareTo(level) > 0;
    update(trigger);
    if (worse) {
      state = State.OPEN;
    }
    return worse;
  }

  private void update(AlarmTrigger trigger) {
    if (triggerCount == 0 || trigger.level().compareTo(level) > 0) {
      level = trigger.level();
    }
    triggerCount++;
    if (lastAt == null || !trigger.at().isBefore(lastAt)) {
      lastAt = trigger.at();
      value = trigger.value();
      unit = trigger.unit();
      limit = trigger.limit();
      explanationIt = trigger.explanationIt();
      explanationEn = trigger.explanationEn();
    }
  }

  public void routeTo(AlarmRoute route) {
    this.recipient = route.recipient();
    this.acknowledgeBy = route.acknowledgeBy();
    this.fallback = route.fallback();
  }

  /** Not acknowledged in time: the fallback takes it over. */
  public void escalate(AlarmRoute next) {
    if (state != State.OPEN) {
      throw new IllegalStateException("Only an open alarm escalates");
    }
    escalations++;
    routeTo(next);
  }

  public boolean isOverdue(Instant now) {
    return state == State.OPEN && acknowledgeBy != null && acknowledgeBy.isBefore(now);
  }

  public void acknowledge(AlarmAction.Action action, String note, String by, Instant at) {
    if (state != State.OPEN) {
      throw new RuleViolation("error.alarm.notOpen", "alarm " + id + " is " + state + ", not open");
    }
    if (action == null) {
      throw new RuleViolation("error.alarm.action", "the action taken is required");
    }
    this.state = State.ACKNOWLEDGED;
    this.action = action;
    this.actionNote = note;
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
    this.acknowledgeBy = null;
  }

  public void close(String outcome, String by, Instant at) {
    if (state != State.ACKNOWLEDGED) {
      throw new RuleViolation(
          "error.alarm.notAcknowledged",
          "alarm " + id + " must be acknowledged, with the action taken, before it is closed");
    }
    if (outcome == null || outcome.isBlank()) {
      throw new RuleViolation("error.alarm.outcome", "the outcome is required");
    }
    this.state = State.CLOSED;
    this.openKey = null;
    this.outcome = outcome.strip();
    this.closedBy = by;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getPlanId() {
    return planId;
  }

  public String getRuleKey() {
    return ruleKey;
  }

  /** The rule key while the alarm is open, null once closed. */
  public String getOpenKey() {
    return openKey;
  }

  public Kind getKind() {
    return kind;
  }

  public AlarmLevel getLevel() {
    return level;
  }

  public String getParameter() {
    return parameter;
  }

  public Double getValue() {
    return value;
  }

  public String getUnit() {
    return unit;
  }

  public Double getLimit() {
    return limit;
  }

  public String getExplanationIt() {
    return explanationIt;
  }

  public String getExplanationEn() {
    return explanationEn;
  }

  public Instant getFirstAt() {
    return firstAt;
  }

  public Instant getLastAt() {
    return lastAt;
  }

  public int getTriggerCount() {
    return triggerCount;
  }

  public State getState() {
    return state;
  }

  public String getRecipient() {
    return recipient;
  }

  public Instant getAcknowledgeBy() {
    return acknowledgeBy;
  }

  public String getFallback() {
    return fallback;
  }

  public int getEscalations() {
    return escalations;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public AlarmAction.Action getAction() {
    return action;
  }

  public String getActionNote() {
    return actionNote;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getOutcome() {
    return outcome;
  }
}
