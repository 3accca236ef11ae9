package it.lombardia.irt.domain.model.plan;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A professional named in a care plan, with their role in it (e.g. "cardiologo referente",
 * "infermiere di famiglia"). The members of the patient's current plan may open the record.
 */
@Entity
@Table(name = "care_team_member")
@Audited
public class CareTeamMember extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "care_plan_id", nullable = false, updatable = false)
  private CarePlan plan;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  @Column(name = "team_role", nullable = false, updatable = false, length = 100)
  private String teamRole;

  protected CareTeamMember() {}

  CareTeamMember(CarePlan plan, String username, String teamRole) {
    this.plan = plan;
    this.username = username;
    this.teamRole = teamRole;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getTeamRole() {
    return teamRole;
  }
}
