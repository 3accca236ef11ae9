/**
 * The documents an encounter ends with (HL7 Italia's draft telemedicine guides): the televisit's
 * referto, the MMG's annotation, the teleconsult's relazione collaborativa, the teleconsultancy's
 * evaluation report — structured fields, a PDF rendered from them, the sign-offs, and the outbox
 * through which a signed referto reaches the FSE.
 */
package it.lombardia.irt.domain.model.outcome;
