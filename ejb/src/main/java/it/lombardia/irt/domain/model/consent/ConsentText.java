package it.lombardia.irt.domain.model.consent;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
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
 * One published version of an ASST's consent form or privacy notice, in one language. Versions are
 * never edited: a new text is a new version, and each consent names the versions the patient was
 * shown.
 */
@Entity
@Table(name = "consent_text")
@Audited
public class ConsentText extends TenantOwnedEntity {

  /** The two consents of seed 003 §2.1 and the privacy notice given with them. */
  public enum Kind {
    /** Consent to being taken in charge in the care pathway. */
    CARE_PATHWAY,
    /** Consent to receiving the services by telemedicine. */
    TELEMEDICINE,
    /** The privacy notice (it mentions teleconsults held without the patient). */
    PRIVACY_NOTICE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 5)
  private String language;

  @Column(name = "text_version", nullable = false, updatable = false)
  private int textVersion;

  @Column(nullable = false, updatable = false, length = 20000)
  private String body;

  @Column(name = "published_by", nullable = false, updatable = false, length = 80)
  private String publishedBy;

  @NotAudited
  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Version @NotAudited private long version;

  protected ConsentText() {}

  public ConsentText(
      Kind kind, String language, int textVersion, String body, String publishedBy, Instant now) {
    this.kind = kind;
    this.language = language;
    this.textVersion = textVersion;
    this.body = body;
    this.publishedBy = publishedBy;
    this.publishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getLanguage() {
    return language;
  }

  public int getTextVersion() {
    return textVersion;
  }

  public String getBody() {
    return body;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
