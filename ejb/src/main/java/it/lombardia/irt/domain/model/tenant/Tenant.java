package it.lombardia.irt.domain.model.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A tenant: one ASST (local health authority). One IRT deployment serves all of them and no ASST
 * ever sees another's data. Tenants are regional data, managed by Region administrators only; a
 * deactivated tenant's users cannot log in. The code is the stable key every tenant-owned row
 * carries.
 */
@Entity
@Table(name = "tenant")
@Audited
public class Tenant {

  /**
   * Upper-case letters, digits and dashes, starting with "ASST-" as the Region names its
   * authorities.
   */
  public static final String CODE_PATTERN = "ASST-[A-Z0-9]+(-[A-Z0-9]+)*";

  @Id
  @NotNull
  @Pattern(regexp = CODE_PATTERN, message = "{irt.tenant.code.pattern}")
  @Size(max = 40)
  @Column(length = 40)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Ats ats;

  @Column(nullable = false)
  private boolean active;

  /** Settings that override the platform defaults for this tenant (key → value). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tenant_setting", joinColumns = @JoinColumn(name = "tenant_code"))
  @MapKeyColumn(name = "setting_key", length = 120)
  @Column(name = "setting_value", nullable = false, length = 2000)
  private Map<String, String> settings = new TreeMap<>();

  /**
   * Hash of the definition file this tenant was last loaded from; a changed file updates the
   * tenant.
   */
  @NotAudited
  @Column(name = "definition_hash", length = 64)
  private String definitionHash;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected Tenant() {}

  public Tenant(String code, String name, Ats ats, Instant now) {
    this.code = code;
    this.name = name;
    this.ats = ats;
    this.active = true;
    this.createdAt = now;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Ats getAts() {
    return ats;
  }

  public void setAts(Ats ats) {
    this.ats = ats;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public void replaceSettings(Map<String, String> newSettings) {
    settings.clear();
    settings.putAll(newSettings);
  }

  public String getDefinitionHash() {
    return definitionHash;
  }

  public void setDefinitionHash(String definitionHash) {
    this.definitionHash = definitionHash;
  }
}
