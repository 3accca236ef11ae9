package it.lombardia.irt.domain.model.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One activated version of a clinical network's plug-in, with the definition it handed over frozen
 * as JSON. Releases are never changed or deleted: care plans pin the version they were written
 * with, so a new release never alters an existing patient's thresholds. The newest release of a
 * network is its active one.
 */
@Entity
@Table(name = "network_release")
@Audited
public class NetworkRelease {

  /** Where a release came from. */
  public enum Origin {
    /** Shipped inside the IRT application. */
    BUILT_IN,
    /** Uploaded at runtime by a network curator or Region administrator. */
    UPLOADED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false, updatable = false, length = 60)
  private String networkId;

  @Column(nullable = false, updatable = false, length = 30)
  private String version;

  @Column(name = "required_spi", nullable = false, updatable = false, length = 30)
  private String requiredSpi;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Origin origin;

  @Column(name = "jar_sha256", updatable = false, length = 64)
  private String jarSha256;

  @NotAudited
  @Column(name = "definition_json", nullable = false, updatable = false, length = 1000000)
  private String definitionJson;

  @NotAudited
  @Column(name = "activated_at", nullable = false, updatable = false)
  private Instant activatedAt;

  @Column(name = "activated_by", nullable = false, updatable = false, length = 80)
  private String activatedBy;

  protected NetworkRelease() {}

  public NetworkRelease(
      String networkId,
      String version,
      String requiredSpi,
      Origin origin,
      String jarSha256,
      String definitionJson,
      String activatedBy,
      Instant now) {
    this.networkId = networkId;
    this.version = version;
    this.requiredSpi = requiredSpi;
    this.origin = origin;
    this.jarSha256 = jarSha256;
    this.definitionJson = definitionJson;
    this.activatedBy = activatedBy;
    this.activatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getVersion() {
    return version;
  }

  public String getRequiredSpi() {
    return requiredSpi;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getJarSha256() {
    return jarSha256;
  }

  public String getDefinitionJson() {
    return definitionJson;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public String getActivatedBy() {
    return activatedBy;
  }
}
