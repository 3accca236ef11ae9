/**
 * The Centro Servizi's use cases: opening and handling tickets ({@link TicketDesk}), through the
 * service centre's explicit grant when the ticket belongs to another ASST than the operator's, the
 * centre's knowledge base and canned replies ({@link KnowledgeBase}), the requester's satisfaction
 * ({@link TicketSatisfactions}), and the Region's oversight of every centre ({@link
 * TicketOversight}).
 */
package it.lombardia.irt.application.helpdesk;
