package it.lombardia.irt.application.supplier;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as its supplier sees it: IRT's reference, what it is about and the device, the state it
 * has with the supplier and the supplier's own reference and notes. Support data only: no patient,
 * no description, no note of the centre but the one written for the supplier.
 *
 * @param ticketState IRT's state of the ticket (e.g. back with the centre once resolved)
 * @param notes the supplier's own notes, oldest first (empty in lists)
 */
public record SupplierTicket(
    long id,
    String reference,
    String asst,
    String category,
    String priority,
    String summary,
    String deviceSerial,
    String ticketState,
    String state,
    String supplierReference,
    String note,
    Instant escalatedAt,
    Instant updatedAt,
    List<Note> notes) {

  /** A note the supplier wrote on the ticket. */
  public record Note(String text, Instant at) {}
}
