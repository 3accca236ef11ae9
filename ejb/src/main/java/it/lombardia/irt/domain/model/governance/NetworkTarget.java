package it.lombardia.irt.domain.model.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The patients a clinical network should take into tele-monitoring across the Region. */
@Entity
@Table(name = "network_target")
@Audited
public class NetworkTarget {

  @Id
  @Column(name = "network_id", length = 80)
  private String networkId;

  @Column(nullable = false)
  private long patients;

  @Version @NotAudited private long version;

  protected NetworkTarget() {}

  public NetworkTarget(String networkId, long patients) {
    this.networkId = networkId;
    this.patients = patients;
  }

  public String getNetworkId() {
    return networkId;
  }

  public long getPatients() {
    return patients;
  }

  public void setPatients(long patients) {
    this.patients = patients;
  }
}
