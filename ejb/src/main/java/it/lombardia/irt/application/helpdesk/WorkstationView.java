package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.Workstation;

/** A workstation with the name of its ASST and how many open tickets are about it. */
public record WorkstationView(Workstation workstation, String asstName, long openTickets) {}
