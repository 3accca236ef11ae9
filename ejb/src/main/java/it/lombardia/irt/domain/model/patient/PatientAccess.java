package it.lombardia.irt.domain.model.patient;

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

/**
 * One attempt to open a patient's record, granted or not: who, when, from where, why. Written for
 * every read (Garante 2015 guidelines on health dossiers), never changed, and the source of the
 * patient's "who accessed my data" report.
 */
@Entity
@Table(name = "patient_access")
public class PatientAccess extends TenantOwnedEntity {

  /** Why the record was opened: to read it, to change it, or in an emergency. */
  public enum Purpose {
    READ,
    CHANGE,
    BREAK_GLASS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  @Column(name = "accessed_at", nullable = false, updatable = false)
  private Instant accessedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Purpose purpose;

  @Column(nullable = false, updatable = false)
  private boolean granted;

  @Column(name = "client_address", updatable = false, length = 64)
  private String clientAddress;

  /** Which part of the record: identity, pathway or clinical; null in entries before parts. */
  @Column(name = "data_part", updatable = false, length = 20)
  private String part;

  protected PatientAccess() {}

  public PatientAccess(
      Long patientId,
      String username,
      Purpose purpose,
      String part,
      boolean granted,
      String clientAddress,
      Instant now) {
    this.part = part;
    this.patientId = patientId;
    this.username = username;
    this.purpose = purpose;
    this.granted = granted;
    this.clientAddress = clientAddress;
    this.accessedAt = now;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAccessedAt() {
    return accessedAt;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public boolean isGranted() {
    return granted;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getPart() {
    return part;
  }
}
