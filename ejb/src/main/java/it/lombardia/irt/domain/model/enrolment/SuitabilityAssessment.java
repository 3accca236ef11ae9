package it.lombardia.irt.domain.model.enrolment;

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
 * Whether one telemedicine service suits this patient (seed 003 §2.1.1; the four criteria of HL7
 * Italia's televisit guide: clinical, appropriateness, safety, technological adequacy), with the
 * patient's technology, digital skills, family and social context and home. Reassessed by a set
 * date; a new assessment replaces the previous one (Envers keeps the history).
 */
@Entity
@Table(name = "suitability_assessment")
@Audited
public class SuitabilityAssessment extends TenantOwnedEntity {

  /** Who will use the devices and the apps. */
  public enum DigitalSkills {
    AUTONOMOUS,
    /** The patient is not autonomous but a trained caregiver is: that counts (seed 003 §2.1.1). */
    WITH_CAREGIVER,
    INSUFFICIENT
  }

  /** The assessor's findings. */
  public record Findings(
      boolean clinical,
      boolean appropriate,
      boolean safe,
      boolean technology,
      DigitalSkills digitalSkills,
      boolean socialContext,
      boolean homeSuitable,
      String notes,
      LocalDate reevaluateOn) {

    /** Suitable only when every criterion is met. */
    public boolean suitable() {
      return clinical
          && appropriate
          && safe
          && technology
          && digitalSkills != DigitalSkills.INSUFFICIENT
          && socialContext
          && homeSuitable;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private Long enrolmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private TelemedicineService service;

  @Column(nullable = false)
  private boolean clinical;

  @Column(nullable = false)
  private boolean appropriate;

  @Column(nullable = false)
  private boolean safe;

  @Column(nullable = false)
  private boolean technology;

  @Enumerated(EnumType.STRING)
  @Column(name = "digital_skills", nullable = false, length = 20)
  private DigitalSkills digitalSkills;

  @Column(name = "social_context", nullable = false)
  private boolean socialContext;

  @Column(name = "home_suitable", nullable = false)
  private boolean homeSuitable;

  @Column(nullable = false)
  private boolean suitable;

  @Column(length = 2000)
  private String notes;

  @Column(name = "reevaluate_on", nullable = false)
  private LocalDate reevaluateOn;

  @Column(name = "assessed_by", nullable = false, length = 80)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @Version @NotAudited private long version;

  protected SuitabilityAssessment() {}

  public SuitabilityAssessment(Long enrolmentId, TelemedicineService service) {
    this.enrolmentId = enrolmentId;
    this.service = service;
  }

  public void record(Findings f, String assessor, Instant at) {
    this.clinical = f.clinical();
    this.appropriate = f.appropriate();
    this.safe = f.safe();
    this.technology = f.technology();
    this.digitalSkills = f.digitalSkills();
    this.socialContext = f.socialContext();
    this.homeSuitable = f.homeSuitable();
    this.notes = f.notes();
    this.reevaluateOn = f.reevaluateOn();
    this.suitable = f.suitable();
    this.assessedBy = assessor;
    this.assessedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public TelemedicineService getService() {
    return service;
  }

  public boolean isClinical() {
    return clinical;
  }

  public boolean isAppropriate() {
    return appropriate;
  }

  public boolean isSafe() {
    return safe;
  }

  public boolean isTechnology() {
    return technology;
  }

  public DigitalSkills getDigitalSkills() {
    return digitalSkills;
  }

  public boolean isSocialContext() {
    return socialContext;
  }

  public boolean isHomeSuitable() {
    return homeSuitable;
  }

  public boolean isSuitable() {
    return suitable;
  }

  public String getNotes() {
    return notes;
  }

  public LocalDate getReevaluateOn() {
    return reevaluateOn;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }
}
