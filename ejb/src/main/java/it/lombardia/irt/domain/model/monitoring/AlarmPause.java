package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A clinician's pause of a patient's alarms for a stated period and reason (e.g. a hospital stay):
 * readings are still stored and charted, but raise no alarm while it lasts. Ending it early
 * shortens the period.
 */
@Entity
@Table(name = "alarm_pause")
@Audited
public class AlarmPause extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false, updatable = false, length = 500)
  private String reason;

  @Column(name = "paused_by", nullable = false, updatable = false, length = 80)
  private String pausedBy;

  @Column(name = "paused_at", nullable = false, updatable = false)
  private Instant pausedAt;

  @Column(name = "ended_by", length = 80)
  private String endedBy;

  @Version @NotAudited private long version;

  protected AlarmPause() {}

  public AlarmPause(
      Long patientId, Instant startsAt, Instant endsAt, String reason, String by, Instant now) {
    if (!endsAt.isAfter(startsAt) || !endsAt.isAfter(now)) {
      throw new RuleViolation(
          "error.pause.period", "a pause ends after it starts, and in the future");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("error.pause.reason", "the reason of the pause is required");
    }
    this.patientId = patientId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.reason = reason.strip();
    this.pausedBy = by;
    this.pausedAt = now;
  }

  public boolean covers(Instant when) {
    return !when.isBefore(startsAt) && when.isBefore(endsAt);
  }

  public void end(String by, Instant now) {
    if (!endsAt.isAfter(now)) {
      throw new RuleViolation("error.pause.over", "the pause is already over");
    }
    this.endsAt = now.isBefore(startsAt) ? startsAt : now;
    this.endedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getReason() {
    return reason;
  }

  public String getPausedBy() {
    return pausedBy;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }
}
