/**
 * The one outbox mechanism every outbox uses (FSE documents, supplier hand-offs, notifications): a
 * kind says which rows and how one is sent, the scheduler sends the due rows after commit, one
 * locked row per transaction, retried or given up as the kind's policy says.
 */
package it.lombardia.irt.infrastructure.outbox;
