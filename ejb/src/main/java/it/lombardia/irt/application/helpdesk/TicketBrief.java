package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import java.time.Instant;

/**
 * A ticket as the Region sees it in its oversight: what it is about and where, never who reported
 * it, its text or its patient.
 *
 * @param centreName the service centre serving its ASST, {@code null} when none does
 * @param breached whether one of its SLA targets has passed (now, or when it was resolved)
 */
public record TicketBrief(
    long id,
    String number,
    String asstName,
    String centreName,
    TicketCategory category,
    Priority priority,
    TicketState state,
    Instant openedAt,
    boolean breached) {}
