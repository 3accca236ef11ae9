package it.lombardia.irt.domain.model.device;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A device of the ASST's inventory: a catalog type of a clinical network's plug-in and a serial
 * number, moving through its lifecycle — in stock → assigned to a patient → delivered (home or a
 * pick-up point) → installed and the patient trained → in use → collected → sanitised → functional
 * check → in stock again, or retired. A device at the patient's may be found faulty: it stays there
 * until it is collected (when its replacement is installed).
 */
@Entity
@Table(name = "device")
@Audited
public class Device extends TenantOwnedEntity {

  public enum Status {
    IN_STOCK,
    ASSIGNED,
    DELIVERED,
    INSTALLED,
    IN_USE,
    COLLECTED,
    SANITISED,
    CHECKED,
    RETIRED,
    /** Broken at the patient's, waiting to be collected. */
    FAULTY
  }

  /** The steps allowed from each status (a device may be collected before it was used). */
  private static final Map<Status, Set<Status>> NEXT =
      Map.of(
          Status.IN_STOCK, EnumSet.of(Status.ASSIGNED, Status.RETIRED),
          Status.ASSIGNED, EnumSet.of(Status.DELIVERED, Status.IN_STOCK),
          Status.DELIVERED, EnumSet.of(Status.INSTALLED, Status.COLLECTED, Status.FAULTY),
          Status.INSTALLED, EnumSet.of(Status.IN_USE, Status.COLLECTED, Status.FAULTY),
          Status.IN_USE, EnumSet.of(Status.COLLECTED, Status.FAULTY),
          Status.FAULTY, EnumSet.of(Status.COLLECTED),
          Status.COLLECTED, EnumSet.of(Status.SANITISED),
          Status.SANITISED, EnumSet.of(Status.CHECKED),
          Status.CHECKED, EnumSet.of(Status.IN_STOCK, Status.RETIRED),
          Status.RETIRED, EnumSet.noneOf(Status.class));

  public static final int VENDOR_MAX = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false, updatable = false, length = 60)
  private String networkId;

  @Column(name = "type_id", nullable = false, updatable = false, length = 80)
  private String typeId;

  @Column(name = "serial_number", nullable = false, updatable = false, length = 80)
  private String serialNumber;

  /** The manufacturer, as registered (none for devices registered before V41). */
  @Column(updatable = false, length = VENDOR_MAX)
  private String vendor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.IN_STOCK;

  /** The patient it is assigned to, from assignment to collection. */
  @Column(name = "patient_id")
  private Long patientId;

  /** Where it was delivered: the patient's home, or a pick-up point such as a pharmacy. */
  @Column(length = 200)
  private String place;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected Device() {}

  public Device(String networkId, String typeId, String serialNumber, Instant now) {
    this.networkId = networkId;
    this.typeId = typeId;
    this.serialNumber = serialNumber;
    this.createdAt = now;
  }

  /**
   * Moves the device to its next status: assignment names the patient, delivery the place;
   * collection ends the patient's use. Any other move is refused.
   */
  public void advance(Status to, Long patientId, String place) {
    require(
        to != null && NEXT.get(status).contains(to),
        "error.device.step",
        "a device " + status + " cannot go to " + to + "; next: " + NEXT.get(status));
    switch (to) {
      case ASSIGNED -> {
        require(patientId != null, "error.device.patient", "assign the device to a patient");
        this.patientId = patientId;
      }
      case DELIVERED -> {
        require(
            place != null && !place.isBlank() && place.length() <= 200,
            "error.device.place",
            "say where the device was delivered (the patient's home or a pick-up point)");
        this.place = place.trim();
      }
      case IN_STOCK, RETIRED -> {
        this.patientId = null;
        this.place = null;
      }
      default -> {}
    }
    this.status = to;
  }

  /**
   * Whether the device is at the patient's (delivered, installed, in use or found faulty there).
   */
  public boolean isAtPatient() {
    return EnumSet.of(Status.DELIVERED, Status.INSTALLED, Status.IN_USE, Status.FAULTY)
        .contains(status);
  }

  /** The statuses the device may go to from where it is. */
  public List<Status> nextSteps() {
    return List.copyOf(NEXT.get(status));
  }

  /** Names the vendor of a device being registered (before it is stored). */
  public Device madeBy(String vendor) {
    this.vendor = vendor == null || vendor.isBlank() ? null : vendor.trim();
    return this;
  }

  public String getVendor() {
    return vendor;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getTypeId() {
    return typeId;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public Status getStatus() {
    return status;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getPlace() {
    return place;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
