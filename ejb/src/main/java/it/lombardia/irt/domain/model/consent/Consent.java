package it.lombardia.irt.domain.model.consent;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.enrolment.ServiceGate;
import it.lombardia.irt.domain.model.shared.ServiceSetConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A patient's consent for one enrolment — or, to televisits and consults, which need no pathway
 * (seed 003 §2.2.1–2.2.3), for none: which text and privacy notice they were shown, who collected
 * it, when and how, and the services it covers. Valid until withdrawn; withdrawal stops the
 * services it covered.
 */
@Entity
@Table(name = "consent")
@Audited
public class Consent extends TenantOwnedEntity {

  /** How the patient expressed the consent. */
  public enum Method {
    /** Accepted on screen in front of the collecting professional (or on the patient's app). */
    DIGITAL,
    /** A paper form signed by the patient, scanned and attached. */
    SCANNED_FORM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  /**
   * The pathway; {@code null} for a telemedicine consent to televisits and consults without one.
   */
  @Column(name = "enrolment_id", updatable = false)
  private Long enrolmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private ConsentText.Kind kind;

  @Column(name = "consent_text_id", nullable = false, updatable = false)
  private Long consentTextId;

  @Column(name = "privacy_notice_id", nullable = false, updatable = false)
  private Long privacyNoticeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Method method;

  /** The scanned signed form, for {@link Method#SCANNED_FORM}. */
  @Column(name = "document_id", updatable = false)
  private Long documentId;

  @Convert(converter = ServiceSetConverter.class)
  @Column(nullable = false, updatable = false, length = 400)
  private Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);

  @Column(name = "collected_by", nullable = false, updatable = false, length = 80)
  private String collectedBy;

  @Column(name = "collected_at", nullable = false, updatable = false)
  private Instant collectedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 80)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  @Version @NotAudited private long version;

  protected Consent() {}

  public Consent(
      Long patientId,
      Long enrolmentId,
      ConsentText text,
      ConsentText privacyNotice,
      Method method,
      Long documentId,
      Set<TelemedicineService> services,
      String collectedBy,
      Instant now) {
    require(
        text.getKind() != ConsentText.Kind.PRIVACY_NOTICE
            && privacyNotice.getKind() == ConsentText.Kind.PRIVACY_NOTICE,
        "error.consent.text",
        "a consent names a consent text and the privacy notice shown");
    require(
        method != Method.SCANNED_FORM || documentId != null,
        "error.consent.scan",
        "attach the scanned signed form");
    require(
        text.getKind() != ConsentText.Kind.TELEMEDICINE
            || (services != null && !services.isEmpty()),
        "error.consent.services",
        "the consent to telemedicine names the services it covers");
    require(
        enrolmentId != null
            || (text.getKind() == ConsentText.Kind.TELEMEDICINE
                && ServiceGate.WITHOUT_PATHWAY.containsAll(services)),
        "error.consent.withoutPathway",
        "outside a pathway, a consent is to telemedicine for televisits and consults only");
    this.patientId = patientId;
    this.enrolmentId = enrolmentId;
    this.kind = text.getKind();
    this.consentTextId = text.getId();
    this.privacyNoticeId = privacyNotice.getId();
    this.method = method;
    this.documentId = documentId;
    this.services =
        services == null || services.isEmpty()
            ? EnumSet.noneOf(TelemedicineService.class)
            : EnumSet.copyOf(services);
    this.collectedBy = collectedBy;
    this.collectedAt = now;
  }

  public void withdraw(String by, String reason, Instant at) {
    require(withdrawnAt == null, "error.consent.withdrawn", "the consent was withdrawn already");
    require(
        reason != null && reason.trim().length() >= 3 && reason.length() <= 1000,
        "error.consent.withdrawalReason",
        "record how the patient withdrew the consent (3 to 1000 characters)");
    this.withdrawnAt = at;
    this.withdrawnBy = by;
    this.withdrawalReason = reason.trim();
  }

  public boolean isValid() {
    return withdrawnAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public ConsentText.Kind getKind() {
    return kind;
  }

  public Long getConsentTextId() {
    return consentTextId;
  }

  public Long getPrivacyNoticeId() {
    return privacyNoticeId;
  }

  public Method getMethod() {
    return method;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public Set<TelemedicineService> getServices() {
    return EnumSet.copyOf(services);
  }

  public String getCollectedBy() {
    return collectedBy;
  }

  public Instant getCollectedAt() {
    return collectedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }
}
