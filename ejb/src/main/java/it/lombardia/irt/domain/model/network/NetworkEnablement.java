package it.lombardia.irt.domain.model.network;

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
 * A clinical network enabled for one ASST by the Region, optionally pinned to a version (otherwise
 * the ASST follows the network's newest release). A tenant sees only the networks it has enabled.
 */
@Entity
@Table(name = "network_enablement")
@Audited
public class NetworkEnablement extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false, updatable = false, length = 60)
  private String networkId;

  @Column(name = "pinned_version", length = 30)
  private String pinnedVersion;

  @NotAudited
  @Column(name = "enabled_at", nullable = false)
  private Instant enabledAt;

  @Version @NotAudited private long version;

  protected NetworkEnablement() {}

  public NetworkEnablement(String tenantCode, String networkId, String pinnedVersion, Instant now) {
    assignTenant(tenantCode);
    this.networkId = networkId;
    this.pinnedVersion = pinnedVersion;
    this.enabledAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getPinnedVersion() {
    return pinnedVersion;
  }

  public void pin(String version) {
    this.pinnedVersion = version;
  }
}
