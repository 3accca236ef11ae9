/**
 * Use cases of the outcome documents: drafting and signing the referto, annotation, relazione
 * collaborativa and evaluation report, their PDF in the record, and the FSE outbox.
 */
package it.lombardia.irt.application.outcome;
