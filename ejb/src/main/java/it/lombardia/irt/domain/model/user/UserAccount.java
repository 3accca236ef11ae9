package it.lombardia.irt.domain.model.user;

import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who logs in to IRT. Belongs to exactly one ASST; Region administrators belong to the
 * pseudo tenant {@code REGION}. The password is stored only as a salted PBKDF2 hash; failed logins
 * never lock the account itself, they slow down further attempts ({@link LoginThrottle}).
 */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 80)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 200)
  private String email;

  @NotAudited
  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PhysicianSpecialty specialty;

  @Column(nullable = false)
  private boolean enabled = true;

  @Embedded private ContactPreferences contactPreferences;

  @NotAudited
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected UserAccount() {}

  public UserAccount(String username, String fullName, String passwordHash, Instant now) {
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.createdAt = now;
  }

  /** For region-level services creating an account on behalf of a tenant (or the Region itself). */
  public UserAccount inTenant(String tenantCode) {
    assignTenant(tenantCode);
    return this;
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void replaceRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public PhysicianSpecialty getSpecialty() {
    return specialty;
  }

  public void setSpecialty(PhysicianSpecialty specialty) {
    this.specialty = specialty;
  }

  /** What the user asked to be told outside the browser (nothing by default). */
  public ContactPreferences getContactPreferences() {
    return contactPreferences == null ? ContactPreferences.none() : contactPreferences;
  }

  public void setContactPreferences(ContactPreferences contactPreferences) {
    this.contactPreferences = contactPreferences;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
