package it.lombardia.irt.domain.model.agenda;

import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;

/**
 * A slot of {@code ownerUsername}'s agenda booked by {@code bookedBy} for a patient, new or moved
 * there from another slot ({@code moved}).
 */
public record SlotBooked(
    long slotId,
    String ownerUsername,
    String bookedBy,
    TelemedicineService service,
    Instant startsAt,
    Instant bookedAt,
    boolean moved) {}
