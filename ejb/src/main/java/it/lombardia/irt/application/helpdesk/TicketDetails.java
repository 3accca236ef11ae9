package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.supplier.EscalationView;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import java.util.List;

/**
 * A ticket as one caller sees it: its timeline (internal notes for the centre's operators only),
 * its SLA clocks now, and — for an operator — the linked patient's support data.
 *
 * @param asstName the name of the ASST the ticket belongs to
 * @param byOperator whether the caller handles it as an operator of the centre serving its ASST
 * @param patient the support card, operators only ({@code null} otherwise or without a patient)
 * @param escalation the ticket's current escalation to a supplier ({@code null} in lists or without
 *     one)
 */
public record TicketDetails(
    Ticket ticket,
    String asstName,
    boolean byOperator,
    SlaClock firstResponse,
    SlaClock resolution,
    boolean breachingSoon,
    List<TicketEntry> timeline,
    PatientSupportCard patient,
    EscalationView escalation) {}
