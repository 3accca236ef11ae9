package it.lombardia.irt.application.supplier;

import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.supplier.Escalation;
import it.lombardia.irt.domain.model.supplier.TicketFacts;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON a supplier's webhook receives for an escalated ticket: IRT's reference, what the ticket
 * is about and the device — support data only. No patient is named, nor any clinical data, nor the
 * ticket's description (the requester may have written anything there): the operator's escalation
 * note says what the supplier needs.
 */
final class HandOffMessages {

  private HandOffMessages() {}

  /** IRT's reference of a ticket, unique across ASSTs: {@code ASST-NIGUARDA/TK-2026-000042}. */
  static String reference(Ticket ticket) {
    return ticket.getTenantCode() + "/" + ticket.getNumber();
  }

  static String escalated(
      String eventId, Ticket ticket, Escalation escalation, TicketFacts facts, String note) {
    JsonObjectBuilder device = Json.createObjectBuilder();
    add(device, "serial", ticket.getDeviceSerial());
    add(device, "type", facts.deviceType());
    add(device, "vendor", facts.vendor());
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("event", "ticket.escalated")
            .add("eventId", eventId)
            .add("reference", reference(ticket))
            .add("ticketId", ticket.getId())
            .add("asst", ticket.getTenantCode())
            .add("category", ticket.getCategory().name())
            .add("priority", ticket.getPriority().name())
            .add("summary", ticket.getSummary())
            .add("device", device)
            .add("escalatedAt", escalation.getEscalatedAt().toString())
            .add("updateUrl", "/api/supplier/tickets/" + ticket.getId());
    add(json, "note", note);
    return json.build().toString();
  }

  private static void add(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
  }
}
