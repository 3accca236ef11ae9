package it.lombardia.irt.domain.model.device;

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
 * A device's readings belong to a patient from its installation at home until it is collected: the
 * period a measurement's time is checked against.
 */
@Entity
@Table(name = "device_association")
@Audited
public class DeviceAssociation extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "device_id", nullable = false, updatable = false)
  private Long deviceId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private Instant validFrom;

  @Column(name = "valid_to")
  private Instant validTo;

  @Version @NotAudited private long version;

  protected DeviceAssociation() {}

  public DeviceAssociation(Long deviceId, Long patientId, Instant validFrom) {
    this.deviceId = deviceId;
    this.patientId = patientId;
    this.validFrom = validFrom;
  }

  public void end(Instant at) {
    if (validTo == null) {
      validTo = at;
    }
  }

  /** Whether a reading taken at {@code when} belongs to the patient. */
  public boolean covers(Instant when) {
    return !when.isBefore(validFrom) && (validTo == null || when.isBefore(validTo));
  }

  public Long getId() {
    return id;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Instant getValidFrom() {
    return validFrom;
  }

  public Instant getValidTo() {
    return validTo;
  }
}
