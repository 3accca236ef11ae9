package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A ticket as reported. Staff of an ASST report for themselves; an operator of the centre also
 * writes down a call or an e-mail of a patient, a caregiver or a site, and names the ASST when the
 * centre serves several.
 *
 * @param asst the ASST the ticket belongs to (operators of a shared centre); else the caller's
 * @param requesterKind who asks (operators only; staff are always {@code STAFF})
 * @param requester the name of who asks (operators only; staff are themselves)
 */
public record NewTicket(
    @Size(max = 40) String asst,
    @NotNull TicketChannel channel,
    @NotNull TicketCategory category,
    @NotNull Priority priority,
    @NotBlank @Size(max = Ticket.SUMMARY_MAX) String summary,
    @Size(max = Ticket.DESCRIPTION_MAX) String description,
    Long patientId,
    @Size(max = 80) String deviceSerial,
    Ticket.RequesterKind requesterKind,
    @Size(max = 200) String requester,
    @Size(max = 200) String requesterContact) {}
