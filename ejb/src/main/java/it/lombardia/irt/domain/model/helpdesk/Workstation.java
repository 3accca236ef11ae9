package it.lombardia.irt.domain.model.helpdesk;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

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
 * A telemedicine workstation — <em>Postazione di Lavoro</em> — of an ASST at one site (a GP's
 * office, a Casa di Comunità, a hospital ward; seed 000 §4.11: 8,152 to activate), kept by the
 * service centre serving the ASST and by its administrator, and linked from the tickets about it.
 * Retired is final: a workstation back in service is a new one.
 */
@Entity
@Table(name = "workstation")
@Audited
public class Workstation extends TenantOwnedEntity {

  /** Where a workstation is. */
  public enum SiteKind {
    GP_OFFICE,
    COMMUNITY_HOUSE,
    HOSPITAL,
    OTHER
  }

  /** Its state in service. */
  public enum State {
    TO_ACTIVATE,
    ACTIVE,
    FAULTY,
    RETIRED
  }

  public static final int CODE_MAX = 40;
  public static final int SITE_MAX = 200;
  public static final int NOTES_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The inventory code, unique within the ASST (e.g. {@code PDL-0001}). */
  @Column(nullable = false, updatable = false, length = CODE_MAX)
  private String code;

  @Column(nullable = false, length = SITE_MAX)
  private String site;

  @Enumerated(EnumType.STRING)
  @Column(name = "site_kind", nullable = false, length = 20)
  private SiteKind siteKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.TO_ACTIVATE;

  @Column(length = NOTES_MAX)
  private String notes;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected Workstation() {}

  /** A new workstation, to activate; the caller has checked the text fields' lengths. */
  public Workstation(String code, String site, SiteKind siteKind, String notes, Instant now) {
    this.code = code;
    this.site = site;
    this.siteKind = siteKind;
    this.notes = notes;
    this.createdAt = now;
  }

  /** Moves it to {@code to}, and records where it is and the notes; a retired one stays so. */
  public void update(String site, SiteKind siteKind, State to, String notes) {
    require(
        state != State.RETIRED || to == State.RETIRED,
        "error.workstation.retired",
        "a retired workstation is not brought back: record a new one");
    this.site = site;
    this.siteKind = siteKind;
    this.state = to;
    this.notes = notes;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getSite() {
    return site;
  }

  public SiteKind getSiteKind() {
    return siteKind;
  }

  public State getState() {
    return state;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
