/** The ASST's consent forms and privacy notice, versioned per language. */
package it.lombardia.irt.application.consent;
