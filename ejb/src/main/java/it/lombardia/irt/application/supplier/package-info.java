/**
 * Level 2 of the help desk: the Region's configuration of suppliers, the escalation of a ticket to
 * the responsible one with its webhook hand-off (outbox, delivered after commit), and the
 * supplier's own view and updates of the tickets escalated to it, through its machine credential.
 */
package it.lombardia.irt.application.supplier;
