/**
 * The Centro Servizi's use cases: opening and handling tickets ({@link TicketDesk}), through the
 * service centre's explicit grant when the ticket belongs to another ASST than the operator's, and
 * the Region's oversight of every centre ({@link TicketOversight}).
 */
package it.lombardia.irt.application.helpdesk;
