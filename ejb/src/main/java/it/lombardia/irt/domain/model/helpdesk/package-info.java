/**
 * The Centro Servizi di Telemedicina (seed 000 §4.11): help-desk tickets of an ASST with their
 * timeline and state machine, the service centres the Region defines to serve one or more ASSTs,
 * and the SLA clock on a centre's business-hours calendar.
 */
package it.lombardia.irt.domain.model.helpdesk;
