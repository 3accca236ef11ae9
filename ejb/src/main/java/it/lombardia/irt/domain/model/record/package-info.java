/**
 * The home-care record (cartella domiciliare): the patient's timeline, documents and the time each
 * professional spends on them.
 */
package it.lombardia.irt.domain.model.record;
