/** The two consents of a taking in charge and the ASST's versioned consent and privacy texts. */
package it.lombardia.irt.domain.model.consent;
