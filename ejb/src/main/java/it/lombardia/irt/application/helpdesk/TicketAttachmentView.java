package it.lombardia.irt.application.helpdesk;

import java.time.Instant;

/** A ticket's attachment as listed: everything but the bytes. */
public record TicketAttachmentView(
    long id,
    long ticketId,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
