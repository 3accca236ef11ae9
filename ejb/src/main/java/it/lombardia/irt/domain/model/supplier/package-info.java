/**
 * Level 2 of the help desk: the suppliers the Region configures, which tickets each is responsible
 * for, the escalations of the ASSTs' tickets to them and their webhook hand-offs.
 */
package it.lombardia.irt.domain.model.supplier;
