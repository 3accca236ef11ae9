package it.lombardia.irt.domain.model.prescription;

import it.lombardia.irt.domain.model.shared.PostedMessage;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The report that a prescription (its NRE) was delivered — the "erogazione" of the ricetta
 * dematerializzata — written in the transaction that completes the encounter (one per encounter)
 * and posted to the e-prescription gateway. Its JSON carries the prescription, the patient's tax
 * code and the delivery, nothing more.
 */
@Entity
@Table(name = "prescription_delivery")
public class DeliveredPrescription extends PostedMessage {

  /** The longest pause between two attempts. */
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  @Column(name = "encounter_id", nullable = false, updatable = false, unique = true)
  private Long encounterId;

  @Column(nullable = false, updatable = false, length = 15)
  private String nre;

  protected DeliveredPrescription() {}

  public DeliveredPrescription(
      Long encounterId, String nre, String eventId, String payload, Instant now) {
    super(eventId, payload, now);
    this.encounterId = encounterId;
    this.nre = nre;
  }

  /** A pause that doubles from {@code firstPause} up to an hour; never given up. */
  public static RetryPolicy retry(Duration firstPause) {
    return RetryPolicy.forever(firstPause, LONGEST_PAUSE);
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public String getNre() {
    return nre;
  }
}
