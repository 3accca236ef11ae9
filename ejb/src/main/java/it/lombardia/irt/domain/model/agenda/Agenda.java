package it.lombardia.irt.domain.model.agenda;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A professional's agenda for one service (e.g. a cardiologist's teleconsults). Its slots may be
 * opened to other roles of the ASST — a specialist's teleconsult slots to the MMGs — and COT/ADI
 * operators book on a professional's behalf.
 */
@Entity
@Table(name = "agenda")
@Audited
public class Agenda extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_username", nullable = false, updatable = false, length = 80)
  private String ownerUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private TelemedicineService service;

  @Column(nullable = false, length = 200)
  private String title;

  /** Roles of the ASST, besides the owner and the COT/ADI operators, who may book its slots. */
  @Convert(converter = RoleSetConverter.class)
  @Column(name = "open_to_roles", nullable = false, length = 200)
  private Set<Role> openToRoles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean active = true;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version @NotAudited private long version;

  protected Agenda() {}

  public Agenda(
      String ownerUsername,
      TelemedicineService service,
      String title,
      Set<Role> openToRoles,
      Instant now) {
    this.ownerUsername = ownerUsername;
    this.service = service;
    this.title = title;
    this.openToRoles =
        openToRoles == null || openToRoles.isEmpty()
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(openToRoles);
    this.createdAt = now;
  }

  /** Whether someone holding {@code roles} may book here (the owner always may). */
  public boolean bookableBy(String username, Set<Role> roles) {
    return ownerUsername.equals(username)
        || roles.contains(Role.COT_OPERATOR)
        || roles.contains(Role.ADI_OPERATOR)
        || roles.stream().anyMatch(openToRoles::contains);
  }

  public Long getId() {
    return id;
  }

  public String getOwnerUsername() {
    return ownerUsername;
  }

  public TelemedicineService getService() {
    return service;
  }

  public String getTitle() {
    return title;
  }

  public Set<Role> getOpenToRoles() {
    return openToRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(openToRoles);
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
