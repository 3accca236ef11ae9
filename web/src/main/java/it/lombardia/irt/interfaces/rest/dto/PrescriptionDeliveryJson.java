package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.prescription.DeliveredPrescription;
import it.lombardia.irt.domain.model.shared.Delivery;
import java.time.Instant;

/**
 * A {@link DeliveredPrescription} as the REST API shows it: the NRE and where its report to the
 * e-prescription system stands (PENDING until accepted, then DELIVERED).
 */
public record PrescriptionDeliveryJson(
    long encounterId,
    String nre,
    Delivery.Status status,
    int attempts,
    Instant createdAt,
    Instant deliveredAt) {

  public static PrescriptionDeliveryJson of(DeliveredPrescription d) {
    return new PrescriptionDeliveryJson(
        d.getEncounterId(),
        d.getNre(),
        d.getDelivery().getStatus(),
        d.getDelivery().getAttempts(),
        d.getCreatedAt(),
        d.getDelivery().getDeliveredAt());
  }
}
