package it.lombardia.irt.domain.model.encounter;

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
 * A colleague consulted in a teleconsult or teleconsultancy: they see the question, its attachments
 * and the patient's record while the consult is open, answer and sign the report off.
 */
@Entity
@Table(name = "encounter_participant")
@Audited
public class EncounterParticipant extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "encounter_id", nullable = false, updatable = false)
  private Encounter encounter;

  @Column(nullable = false, updatable = false, length = 80)
  private String username;

  protected EncounterParticipant() {}

  EncounterParticipant(Encounter encounter, String username) {
    this.encounter = encounter;
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }
}
