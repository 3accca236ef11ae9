package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One version of a FHIR Observation as its sender sent it (compact JSON): the first create, then
 * each correction re-sending its identifier (amended, corrected, entered-in-error). The readings it
 * holds — one {@link Measurement} per quantity, one per component of a panel — name the version
 * they came with; they are what IRT evaluates, this is what the sender is served back.
 *
 * <p>The resource's id is the id of its first version; later versions name it in {@code
 * firstVersionId}. A reading stored before resources were kept (or typed in on the patient's page)
 * is a resource of its own under its measurement id: ids come from the measurement sequence, so the
 * two never collide, and a correction of such a reading names that id as its first version.
 *
 * <p>Append-only and not audited, like the measurements: each version is its own row, so the table
 * is its own history.
 */
@Entity
@Table(name = "observation_version")
@Immutable
public class ObservationVersion extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_version_seq")
  @SequenceGenerator(
      name = "observation_version_seq",
      sequenceName = "measurement_seq",
      allocationSize = 50)
  private Long id;

  /** The id of the first version (the resource's id); null for the first version itself. */
  @Column(name = "first_version_id", updatable = false)
  private Long firstVersionId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int version;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  /** The device IRT resolved from the sender's reference (an id or a serial number), if any. */
  @Column(name = "device_id", updatable = false)
  private Long deviceId;

  @Column(name = "resource_json", nullable = false, updatable = false, length = 10_000_000)
  private String resourceJson;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "sent_by", nullable = false, updatable = false, length = 80)
  private String sentBy;

  protected ObservationVersion() {}

  private ObservationVersion(
      Long firstVersionId,
      int version,
      long patientId,
      Long deviceId,
      String resourceJson,
      String sentBy,
      Instant receivedAt) {
    this.firstVersionId = firstVersionId;
    this.version = version;
    this.patientId = patientId;
    this.deviceId = deviceId;
    this.resourceJson = resourceJson;
    this.sentBy = sentBy;
    this.receivedAt = receivedAt;
  }

  /** The first version of a new resource. */
  public static ObservationVersion first(
      long patientId, Long deviceId, String json, String sentBy, Instant at) {
    return new ObservationVersion(null, 1, patientId, deviceId, json, sentBy, at);
  }

  /** The version after {@code latest} of the resource {@code resourceId}. */
  public static ObservationVersion next(
      long resourceId,
      int latest,
      long patientId,
      Long deviceId,
      String json,
      String sentBy,
      Instant at) {
    return new ObservationVersion(resourceId, latest + 1, patientId, deviceId, json, sentBy, at);
  }

  /** The FHIR id of the resource this is a version of. */
  public long resourceId() {
    return firstVersionId != null ? firstVersionId : id;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public String getResourceJson() {
    return resourceJson;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getSentBy() {
    return sentBy;
  }
}
