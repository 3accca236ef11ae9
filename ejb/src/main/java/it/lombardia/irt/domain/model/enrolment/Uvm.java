package it.lombardia.irt.domain.model.enrolment;

import it.lombardia.irt.domain.model.shared.JsonListConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The multidimensional evaluation (Unità di Valutazione Multidimensionale, seed 003 §2.1.2): who
 * took part — some possibly by video — how it was held, and what they concluded. Required for
 * tele-rehabilitation and for complex or multi-professional cases. Seed 003 allows a UVM held with
 * the professionals linked remotely when every information is already available (§2.1.2), but
 * tele-rehabilitation always follows a UVM "effettuata con il paziente in presenza" (§2.2.7).
 */
@Entity
@Table(name = "uvm")
@Audited
public class Uvm extends TenantOwnedEntity {

  /** One member of the evaluation. */
  public record Participant(String name, String role, boolean remote) {}

  /** How the evaluation was held. */
  public enum Mode {
    /** In presenza: the patient and every professional in the same place. */
    IN_PRESENCE,
    /** Mista: the patient in presence, some professionals linked by video. */
    MIXED,
    /** Da remoto: the professionals evaluated without the patient, on the information available. */
    REMOTE;

    /** Whether the patient was evaluated in person, as tele-rehabilitation requires. */
    public boolean patientPresent() {
      return this != REMOTE;
    }
  }

  /** Stores the participants as one JSON column. */
  public static class ParticipantsConverter extends JsonListConverter<Participant> {
    public ParticipantsConverter() {
      super(Participant.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private Long enrolmentId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Convert(converter = ParticipantsConverter.class)
  @Column(nullable = false, length = 4000)
  private List<Participant> participants = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Mode mode;

  @Column(nullable = false, length = 4000)
  private String outcome;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @NotAudited
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version @NotAudited private long version;

  protected Uvm() {}

  public Uvm(
      Long enrolmentId,
      LocalDate heldOn,
      List<Participant> participants,
      Mode mode,
      String outcome,
      String recordedBy,
      Instant now) {
    this.enrolmentId = enrolmentId;
    this.heldOn = heldOn;
    this.participants = new ArrayList<>(participants);
    this.mode = mode;
    this.outcome = outcome;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public List<Participant> getParticipants() {
    return List.copyOf(participants);
  }

  public Mode getMode() {
    return mode;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
