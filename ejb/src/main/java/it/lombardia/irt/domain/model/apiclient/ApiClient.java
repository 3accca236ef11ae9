package it.lombardia.irt.domain.model.apiclient;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A machine client of one ASST (a device gateway, a level-2 vendor platform) that calls the REST
 * and FHIR APIs with its own credentials: HTTP Basic {@code clientId:secret} or {@code Bearer
 * clientId.secret}. The secret is random and long, so a SHA-256 digest is enough to store it; it is
 * shown once, when issued.
 */
@Entity
@Table(name = "api_client")
@Audited
public class ApiClient extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, unique = true, updatable = false, length = 80)
  private String clientId;

  @Column(nullable = false, length = 200)
  private String name;

  @NotAudited
  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(nullable = false)
  private boolean enabled = true;

  /** The SMART v2 system scopes granted, space-separated (see {@link SmartScope}). */
  @Column(nullable = false, length = 1000)
  private String scopes = SmartScope.GATEWAY_DEFAULT;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected ApiClient() {}

  public ApiClient(String clientId, String name, String secretHash, Instant now) {
    this.clientId = clientId;
    this.name = name;
    this.secretHash = secretHash;
    this.createdAt = now;
  }

  /** For region-level services (start-up seeding) creating a client on behalf of a tenant. */
  public ApiClient inTenant(String tenantCode) {
    assignTenant(tenantCode);
    return this;
  }

  public void rotateSecret(String newSecretHash) {
    this.secretHash = newSecretHash;
  }

  public Long getId() {
    return id;
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<SmartScope> getScopes() {
    return SmartScope.parseAll(scopes);
  }

  /** Grants exactly {@code granted}; at least one. */
  public void setScopes(List<SmartScope> granted) {
    if (granted.isEmpty()) {
      throw new IllegalArgumentException("an API client needs at least one scope");
    }
    this.scopes = SmartScope.format(granted);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
