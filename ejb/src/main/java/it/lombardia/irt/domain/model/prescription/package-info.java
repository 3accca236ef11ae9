/**
 * The e-prescription (ricetta dematerializzata): what IRT reports back to the regional system when
 * a prescribed service is delivered (the "erogazione" of an NRE).
 */
package it.lombardia.irt.domain.model.prescription;
