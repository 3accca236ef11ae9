package it.lombardia.irt.domain.model.encounter;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One stay in an encounter's video room: who (a professional's username, or {@code link:<id>} for
 * the patient or a caregiver joining through a personal link), when they joined and left. A
 * professional's stays are the time they spent on the patient.
 */
@Entity
@Table(name = "encounter_attendance")
public class Attendance extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "encounter_id", nullable = false, updatable = false)
  private Long encounterId;

  @Column(nullable = false, updatable = false, length = 120)
  private String attendee;

  @Column(nullable = false, updatable = false)
  private boolean professional;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  protected Attendance() {}

  public Attendance(Long encounterId, String attendee, boolean professional, Instant joinedAt) {
    this.encounterId = encounterId;
    this.attendee = attendee;
    this.professional = professional;
    this.joinedAt = joinedAt;
  }

  /** Records the leaving; the minutes spent, at least one. */
  public int leave(Instant now) {
    if (leftAt == null) {
      leftAt = now.isBefore(joinedAt) ? joinedAt : now;
    }
    long seconds = Duration.between(joinedAt, leftAt).toSeconds();
    return (int) Math.max(1, (seconds + 59) / 60);
  }

  public Long getId() {
    return id;
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public String getAttendee() {
    return attendee;
  }

  public boolean isProfessional() {
    return professional;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public Instant getLeftAt() {
    return leftAt;
  }
}
