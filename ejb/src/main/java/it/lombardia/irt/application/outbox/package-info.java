/**
 * What the ASST administrator sees of the outboxes (FSE documents, supplier hand-offs,
 * notifications): the entries that could not be delivered, without what they carry, and a retry
 * once the receiver is mended.
 */
package it.lombardia.irt.application.outbox;
