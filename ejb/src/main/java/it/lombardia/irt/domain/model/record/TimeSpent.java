package it.lombardia.irt.domain.model.record;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Minutes a professional spent on one patient's activities on one day (seed 003 §2.1.4: the time is
 * recorded for reporting). Appended, never changed.
 */
@Entity
@Table(name = "time_spent")
public class TimeSpent extends TenantOwnedEntity {

  /** The kind of activity the time went to. */
  public enum Activity {
    ENROLMENT,
    ASSESSMENT,
    UVM,
    CARE_PLAN,
    TELEVISIT,
    TELECONSULT,
    HEALTH_TELECONSULTANCY,
    TELEASSISTANCE,
    TELEMONITORING,
    TELEREHABILITATION,
    COORDINATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private Activity activity;

  @Column(name = "spent_on", nullable = false, updatable = false)
  private LocalDate spentOn;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @Column(updatable = false, length = 500)
  private String note;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected TimeSpent() {}

  public TimeSpent(
      Long patientId,
      String username,
      Activity activity,
      LocalDate spentOn,
      int minutes,
      String note,
      Instant now) {
    this.patientId = patientId;
    this.username = username;
    this.activity = activity;
    this.spentOn = spentOn;
    this.minutes = minutes;
    this.note = note;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getUsername() {
    return username;
  }

  public Activity getActivity() {
    return activity;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
