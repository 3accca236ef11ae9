/**
 * The help desk's pages: the operators' queue (their home), a ticket with its SLA clocks, and
 * "Segnala un problema" for everyone in an ASST.
 */
package it.lombardia.irt.interfaces.helpdesk;
