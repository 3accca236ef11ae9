package it.lombardia.irt.domain.model.device;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a device's lifecycle: the status reached, who moved it and when. Never changed. */
@Entity
@Table(name = "device_step")
public class DeviceStep extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "device_id", nullable = false, updatable = false)
  private Long deviceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Device.Status status;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(updatable = false, length = 200)
  private String place;

  @Column(updatable = false, length = 1000)
  private String note;

  @Column(name = "done_by", nullable = false, updatable = false, length = 80)
  private String doneBy;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant doneAt;

  protected DeviceStep() {}

  public DeviceStep(Device device, String note, String doneBy, Instant doneAt) {
    this.deviceId = device.getId();
    this.status = device.getStatus();
    this.patientId = device.getPatientId();
    this.place = device.getPlace();
    this.note = note;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  public Long getId() {
    return id;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public Device.Status getStatus() {
    return status;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getPlace() {
    return place;
  }

  public String getNote() {
    return note;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
