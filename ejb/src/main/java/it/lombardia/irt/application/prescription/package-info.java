/**
 * Reports to the e-prescription system: a televisit prescribed with an NRE, once held, is reported
 * as delivered (erogato) through its outbox.
 */
package it.lombardia.irt.application.prescription;
