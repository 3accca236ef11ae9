/**
 * The Region's governance: the adoption curve and the targets it steers by (seed 000 §6.2), split
 * per clinical network and per ASST; the phased roll-out of the services per ASST (seed 000 §6.1).
 */
package it.lombardia.irt.domain.model.governance;
