package it.lombardia.irt.infrastructure.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: who changed what, when, for which tenant and from which address. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "revision_time", nullable = false)
  private long timestamp;

  @Column(length = 80)
  private String username;

  @Column(name = "tenant_code", length = 40)
  private String tenantCode;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  public long getId() {
    return id;
  }

  public Instant getTime() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  void setClientAddress(String clientAddress) {
    this.clientAddress = clientAddress;
  }
}
