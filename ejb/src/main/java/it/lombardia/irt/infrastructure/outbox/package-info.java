/**
 * What every outbox shares (FSE documents, notifications): the timer that sends its due entries,
 * one transaction each.
 */
package it.lombardia.irt.infrastructure.outbox;
