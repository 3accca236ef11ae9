package it.lombardia.irt.domain.model.training;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The ASST's choice (seed 003 §2.1.6): whether a professional without a valid training for a
 * service is warned or blocked when delivering it. One row per ASST, written by its administrator;
 * an ASST without one warns ({@link #DEFAULT}).
 */
@Entity
@Table(name = "training_policy")
@Audited
public class TrainingPolicy extends TenantOwnedEntity {

  public static final Enforcement DEFAULT = Enforcement.WARN;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Enforcement enforcement;

  @Version @NotAudited private long version;

  protected TrainingPolicy() {}

  public TrainingPolicy(Enforcement enforcement) {
    this.enforcement = enforcement;
  }

  public Enforcement getEnforcement() {
    return enforcement;
  }

  public void setEnforcement(Enforcement enforcement) {
    this.enforcement = enforcement;
  }
}
