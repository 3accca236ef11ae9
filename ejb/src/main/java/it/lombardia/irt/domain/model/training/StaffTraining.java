package it.lombardia.irt.domain.model.training;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A course a professional of the ASST completed, which qualifies them for one telemedicine service
 * until its expiry (seed 003 §2.1.6: "formazione specifica"). Recorded by the ASST's administrator;
 * Envers keeps who changed what.
 */
@Entity
@Table(name = "staff_training")
@Audited
public class StaffTraining extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  @Column(nullable = false, length = 200)
  private String course;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private TelemedicineService service;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  /** The last day the training is valid; {@code null} when it does not expire. */
  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version @NotAudited private long version;

  protected StaffTraining() {}

  public StaffTraining(
      String username,
      String course,
      TelemedicineService service,
      LocalDate completedOn,
      LocalDate expiresOn,
      String recordedBy,
      Instant recordedAt) {
    this.username = username;
    this.course = course;
    this.service = service;
    this.completedOn = completedOn;
    this.expiresOn = expiresOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Whether the training qualifies for its service on {@code day}: valid through its expiry. */
  public boolean validOn(LocalDate day) {
    return !completedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getCourse() {
    return course;
  }

  public TelemedicineService getService() {
    return service;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
