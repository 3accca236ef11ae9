package it.lombardia.irt.domain.model.supplier;

import it.lombardia.irt.domain.model.helpdesk.TicketCategory;

/**
 * What decides which supplier a ticket goes to: its category and, when it names a device, the
 * device's type and vendor ({@code null} when unknown).
 */
public record TicketFacts(TicketCategory category, String deviceType, String vendor) {}
