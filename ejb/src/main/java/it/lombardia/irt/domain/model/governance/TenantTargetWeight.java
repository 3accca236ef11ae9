package it.lombardia.irt.domain.model.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An ASST's weight in the split of the regional target (the population it serves, say), set by the
 * Region; region-level data, not the ASST's own.
 */
@Entity
@Table(name = "tenant_target_weight")
@Audited
public class TenantTargetWeight {

  @Id
  @Column(name = "tenant_code", length = 40)
  private String tenantCode;

  @Column(nullable = false)
  private long weight;

  @Version @NotAudited private long version;

  protected TenantTargetWeight() {}

  public TenantTargetWeight(String tenantCode, long weight) {
    this.tenantCode = tenantCode;
    this.weight = weight;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public long getWeight() {
    return weight;
  }

  public void setWeight(long weight) {
    this.weight = weight;
  }
}
